package org.mine4j.estimators.nonparametric;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.numbers.gamma.Digamma;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.Estimator;
import org.mine4j.api.MineException;
import org.mine4j.api.data.ConstantColumns;
import org.mine4j.api.data.Samples;
import org.mine4j.estimators.nonparametric.internal.Columns;
import org.mine4j.estimators.nonparametric.internal.KsgNeighbours;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The k-nearest-neighbour MI estimators of Kraskov, Stögbauer &amp; Grassberger (2004), algorithm 1
 * ({@code ksg}) and 2 ({@code ksg2}); see {@link KsgAlgorithm} for the formulas. Distances are
 * max-norms inside each space and max(‖·‖_x, ‖·‖_y) in the joint space; columns are standardised
 * and jittered by a seeded 1e-10 relative noise first (both options), then exact k-NN and range
 * counts run in k-d trees, O(N log N) in low dimension.
 *
 * <p>An estimate, not a bound: no training, no held-out split, no ceiling; every row is used. The
 * 95% interval is the mean ± 1.96 standard errors of the per-row terms, which ignores the
 * dependence between rows and the estimator's bias: a guide to the sampling noise only. Use it for
 * low- to moderate-dimensional data; in ten or more dimensions it is strongly biased low when the
 * MI is large (Gao, Ver Steeg &amp; Galstyan 2015), where a neural estimator does better.
 */
public final class KsgEstimator implements Estimator {
  private static final Logger LOG = LoggerFactory.getLogger(KsgEstimator.class);

  /** From this many dimensions (dx + dy) on the estimate is flagged as biased low. */
  static final int HIGH_DIMENSION = 10;

  private final KsgAlgorithm algorithm;
  private final KsgOptions options;

  public KsgEstimator(KsgAlgorithm algorithm, KsgOptions options) {
    this.algorithm = requireNonNull(algorithm, "algorithm is null");
    this.options = requireNonNull(options, "options is null");
  }

  @Override
  public String name() {
    return algorithm.estimatorName();
  }

  @Override
  public Map<String, String> options() {
    return options.toProperties();
  }

  @Override
  public Estimate estimate(Samples samples, EstimationContext context) {
    requireNonNull(samples, "samples is null");
    requireNonNull(context, "context is null");
    int n = samples.rows();
    int k = options.k();
    if (n <= k) {
      throw MineException.invalidData(
          name()
              + " with k = "
              + k
              + " needs more than k rows, found "
              + n
              + "; supply more rows or lower the option k");
    }
    List<String> constantColumns = ConstantColumns.requireVarying(samples, name());
    int dx = samples.dimX();
    int dy = samples.dimY();
    double[] x = Columns.x(samples);
    double[] y = Columns.y(samples);
    if (options.standardize()) {
      Columns.standardize(x, n, dx);
      Columns.standardize(y, n, dy);
    }
    if (options.noise() > 0) {
      SplittableRandom random = new SplittableRandom(context.seed());
      Columns.jitter(x, n, dx, options.noise(), random);
      Columns.jitter(y, n, dy, options.noise(), random);
    }
    long started = System.nanoTime();
    KsgNeighbours counts = KsgNeighbours.compute(x, dx, y, dy, n, k, algorithm == KsgAlgorithm.TWO);
    LOG.debug(
        "{}: neighbour counts for {} rows in {} + {} dimensions took {} ms",
        name(),
        n,
        dx,
        dy,
        (System.nanoTime() - started) / 1_000_000);

    double[] psi = digammaTable(n);
    double constant = algorithm == KsgAlgorithm.ONE ? psi[k] + psi[n] : psi[k] - 1.0 / k + psi[n];
    int shift = algorithm == KsgAlgorithm.ONE ? 1 : 0;
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double term = constant - psi[counts.countX()[i] + shift] - psi[counts.countY()[i] + shift];
      sum += term;
      squares += term * term;
    }
    double mean = sum / n;
    double variance = Math.max(0, (squares - n * mean * mean) / Math.max(1, n - 1));
    double halfWidth = Estimates.Z95 * Math.sqrt(variance / n);
    double largest =
        algorithm == KsgAlgorithm.ONE
            ? psi[k] + psi[n] - 2 * psi[1]
            : psi[k] - 1.0 / k + psi[n] - 2 * psi[k];
    String bound =
        algorithm.label()
            + " k-NN estimate (k="
            + k
            + "), not a bound; its 95% interval is the sampling noise of the per-row terms and"
            + " excludes KSG's bias";
    return Estimates.of(
        name(),
        options(),
        bound,
        mean,
        mean - halfWidth,
        mean + halfWidth,
        n,
        warnings(mean, largest, dx + dy, n, counts.duplicateRows(), constantColumns),
        context);
  }

  private List<String> warnings(
      double nats,
      double largest,
      int dimensions,
      int rows,
      int duplicateRows,
      List<String> constantColumns) {
    List<String> warnings = new ArrayList<>(constantColumns);
    if (dimensions >= HIGH_DIMENSION && nats > 0.25) {
      warnings.add(
          String.format(
              java.util.Locale.ROOT,
              "KSG is strongly biased low in %d dimensions when the MI is large (on 20 + 20-d"
                  + " Gaussians with 2 nats and N = 5,000 it reports about 0.5): read %.3f as"
                  + " evidence of dependence and compare with a neural estimator",
              dimensions,
              nats));
    }
    if (nats > largest - 1.0) {
      warnings.add(
          String.format(
              java.util.Locale.ROOT,
              "near the largest value %s can return with N = %d rows (%.3f nats, when no other"
                  + " row is closer in X or Y than the k-th joint neighbour): the true MI may be"
                  + " larger",
              name(),
              rows,
              largest));
    }
    if (duplicateRows > 0) {
      warnings.add(
          duplicateRows
              + " rows have k or more exact duplicates, where the neighbour counts degenerate;"
              + " set the option noise above 0 (default 1e-10) to break ties");
    }
    return warnings;
  }

  /** ψ(m) for m = 0..n (ψ(0) left at 0: never used). */
  private static double[] digammaTable(int n) {
    double[] psi = new double[n + 1];
    for (int m = 1; m <= n; m++) {
      psi[m] = Digamma.value(m);
    }
    return psi;
  }
}
