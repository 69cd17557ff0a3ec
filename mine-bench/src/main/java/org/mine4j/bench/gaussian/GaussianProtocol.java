package org.mine4j.bench.gaussian;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The 1-D Gaussian benchmark of mine-pytorch: X, Y standard normal with correlation rho for 15
 * values of rho evenly spaced in [-0.99, 0.99], true MI = -1/2 ln(1 - rho^2); each estimator trains
 * on N = 3000 samples and is evaluated on 10,000 fresh held-out samples from the generator. Two
 * sets of training settings for the neural estimators: {@link #quick} (1,000 Adam steps of 256
 * pairs at 1e-3 on a 64-64 critic, about a minute for five estimators on two cores) and {@link
 * #standard} (mine-pytorch's: batch 500, Adam 1e-4, a 100-100 critic, the estimators' 5,000 steps).
 *
 * @param rhos the correlations
 * @param trainRows training samples per run (N)
 * @param heldOutRows fresh samples the estimate is computed on
 * @param estimatorOptions the training options given to every neural estimator (others run with
 *     their defaults)
 * @param settings which settings these are, {@code quick} or {@code full}
 */
public record GaussianProtocol(
    List<Double> rhos,
    int trainRows,
    int heldOutRows,
    Map<String, String> estimatorOptions,
    String settings) {
  /** The dataset the protocol samples from. */
  public static final String DATASET = "correlated-gaussian";

  public GaussianProtocol {
    rhos = List.copyOf(requireNonNull(rhos, "rhos is null"));
    estimatorOptions = Collections.unmodifiableMap(new LinkedHashMap<>(estimatorOptions));
    requireNonNull(settings, "settings is null");
    if (rhos.isEmpty()) {
      throw new IllegalArgumentException("rhos must not be empty");
    }
    if (trainRows <= 0 || heldOutRows <= 0) {
      throw new IllegalArgumentException(
          "trainRows and heldOutRows must be positive, found " + trainRows + " and " + heldOutRows);
    }
  }

  /** mine-pytorch's settings; {@code steps} overrides the estimators' default step budget. */
  public static GaussianProtocol standard(OptionalInt steps) {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("batch-size", "500");
    options.put("learning-rate", "1e-4");
    options.put("hidden", "100,100");
    steps.ifPresent(s -> options.put("steps", Integer.toString(s)));
    return new GaussianProtocol(evenly(-0.99, 0.99, 15), 3000, 10_000, options, FULL);
  }

  /**
   * The same tasks with a training budget that fits a minute: 1,000 steps (or {@code steps}) of 256
   * pairs, Adam 1e-3, a 64-64 critic (measured against the full settings in the benchmarks page of
   * the docs).
   */
  public static GaussianProtocol quick(OptionalInt steps) {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("steps", Integer.toString(steps.orElse(1000)));
    options.put("batch-size", "256");
    options.put("learning-rate", "1e-3");
    options.put("hidden", "64,64");
    return new GaussianProtocol(evenly(-0.99, 0.99, 15), 3000, 10_000, options, QUICK);
  }

  /** The name of the {@link #quick} settings. */
  public static final String QUICK = "quick";

  /** The name of the {@link #standard} (mine-pytorch) settings. */
  public static final String FULL = "full";

  /** A copy with other correlations (e.g. fewer, for a quick run). */
  public GaussianProtocol withRhos(List<Double> newRhos) {
    return new GaussianProtocol(newRhos, trainRows, heldOutRows, estimatorOptions, settings);
  }

  /** A copy with other sample sizes. */
  public GaussianProtocol withRows(int newTrainRows, int newHeldOutRows) {
    return new GaussianProtocol(rhos, newTrainRows, newHeldOutRows, estimatorOptions, settings);
  }

  /** The exact I(X;Y) = -1/2 ln(1 - rho^2) in nats. */
  public static double trueMutualInformation(double rho) {
    return -0.5 * Math.log1p(-rho * rho);
  }

  /**
   * {@code count} values evenly spaced from {@code from} to {@code to}, both included (numpy's
   * linspace).
   */
  public static List<Double> evenly(double from, double to, int count) {
    List<Double> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(count == 1 ? from : from + (to - from) * i / (count - 1));
    }
    return values;
  }
}
