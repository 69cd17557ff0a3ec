package org.mine4j.bench.consistency;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The settings of the consistency benchmark. Every sample set comes from the {@code gaussian}
 * dataset (exact MI ½[ln det Σ_XX + ln det Σ_YY − ln det Σ]): X, Y of dimension {@code dim} each,
 * coordinate pairs (X_i, Y_i) with correlation {@code rho} and no other correlation, so I =
 * −(dim/2) ln(1 − rho²); {@code rows} samples per set.
 *
 * <p>Tolerances (SPEC: no Python library checks these): with σ the standard error of a compared
 * difference, read off the estimators' 95% intervals (σ = √(σ_a² + σ_b²), conservative because both
 * estimates see the same draws), a check allows {@code z}·σ, but never less than {@code floor}/√N
 * (the order of the sampling error of a mean of N log-ratios, which also covers estimators whose
 * interval degenerates, e.g. the Gaussian plug-in at independence), and for the comparisons of two
 * estimates never less than {@code relative} × the reference (estimators may be biased, and a bias
 * is not additive or invariant to the last digit).
 *
 * @param rows samples per set (N)
 * @param dim dimension of X and of Y, even so that Y can be cut in half
 * @param rho correlation of each pair (X_i, Y_i)
 * @param xTransform the dataset's {@code x-transform} of the invariance-transform check
 * @param yTransform the dataset's {@code y-transform} of the invariance-transform check
 * @param z standard errors a difference may span
 * @param floor the least tolerance is floor/√N
 * @param relative the least tolerance of a comparison, as a share of the reference
 * @param trainingOptions options given to neural estimators only
 */
public record ConsistencyProtocol(
    int rows,
    int dim,
    double rho,
    String xTransform,
    String yTransform,
    double z,
    double floor,
    double relative,
    Map<String, String> trainingOptions) {
  /** The dataset every sample set is drawn from. */
  public static final String DATASET = "gaussian";

  /** The least N: the plug-in estimators need a few rows per dimension, the neural a batch. */
  public static final int MIN_ROWS = 100;

  public ConsistencyProtocol {
    requireNonNull(xTransform, "xTransform is null");
    requireNonNull(yTransform, "yTransform is null");
    trainingOptions =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(requireNonNull(trainingOptions, "trainingOptions is null")));
    if (rows < MIN_ROWS) {
      throw new IllegalArgumentException("--n must be at least " + MIN_ROWS + ", found " + rows);
    }
    if (dim < 2 || dim % 2 != 0) {
      throw new IllegalArgumentException("dim must be even and at least 2, found " + dim);
    }
    if (!(Math.abs(rho) < 1) || rho == 0) {
      throw new IllegalArgumentException("rho must be in (-1, 1) and not 0, found " + rho);
    }
    if (!(z > 0) || !(floor > 0) || !(relative >= 0)) {
      throw new IllegalArgumentException(
          "z and floor must be positive and relative non-negative, found "
              + z
              + ", "
              + floor
              + ", "
              + relative);
    }
  }

  /**
   * The default: N = 2000, dim 2, rho = 0.8 (I = 1.0217 nats), cube on X and asinh on Y, z = 3,
   * floor 3/√N, relative 10%; neural estimators train {@code steps} steps with batch {@code
   * batchSize}.
   */
  public static ConsistencyProtocol standard(int rows, int steps, int batchSize) {
    Map<String, String> training = new LinkedHashMap<>();
    training.put("steps", Integer.toString(steps));
    training.put("batch-size", Integer.toString(batchSize));
    return new ConsistencyProtocol(rows, 2, 0.8, "cube", "asinh", 3, 3, 0.10, training);
  }

  /** A copy with other transforms for the invariance-transform check. */
  public ConsistencyProtocol withTransforms(String newXTransform, String newYTransform) {
    return new ConsistencyProtocol(
        rows, dim, rho, newXTransform, newYTransform, z, floor, relative, trainingOptions);
  }

  /** The least tolerance, floor/√N. */
  public double minimumTolerance() {
    return floor / Math.sqrt(rows);
  }

  /** Options of the {@code gaussian} dataset for a probe (the stacked set is built, not drawn). */
  public Map<String, String> datasetOptions(Probe probe) {
    return switch (probe) {
      case INDEPENDENT -> gaussian(dim, dim, 0);
      case JOINT, AFFINE -> gaussian(dim, dim, rho);
      case PROJECTED -> gaussian(dim, dim / 2, rho);
      case COPY_1, COPY_2 -> gaussian(dim / 2, dim / 2, rho);
      case STACKED -> gaussian(dim, dim, rho);
      case TRANSFORMED -> {
        Map<String, String> options = new LinkedHashMap<>(gaussian(dim, dim, rho));
        options.put("x-transform", xTransform);
        options.put("y-transform", yTransform);
        yield Collections.unmodifiableMap(options);
      }
    };
  }

  /** dim-x, dim-y and the covariance with pairs (X_i, Y_i) correlated {@code r}, i < min. */
  private static Map<String, String> gaussian(int dimX, int dimY, double r) {
    int d = dimX + dimY;
    StringJoiner rowsText = new StringJoiner(";");
    for (int i = 0; i < d; i++) {
      StringJoiner entries = new StringJoiner(",");
      for (int j = 0; j < d; j++) {
        boolean pair = (j == i + dimX && i < dimX) || (i == j + dimX && j < dimX);
        entries.add(i == j ? "1" : pair ? Double.toString(r) : "0");
      }
      rowsText.add(entries.toString());
    }
    Map<String, String> options = new LinkedHashMap<>();
    options.put("dim-x", Integer.toString(dimX));
    options.put("dim-y", Integer.toString(dimY));
    options.put("covariance", rowsText.toString());
    return Collections.unmodifiableMap(options);
  }
}
