package org.mine4j.estimators;

import static java.util.Objects.requireNonNull;

import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.Estimator;
import org.mine4j.api.data.Samples;
import org.mine4j.estimators.options.EstimatorOptions;
import org.mine4j.estimators.options.Estimators;

/**
 * The library's front door: the mutual information I(X;Y) in nats of paired rows, in one call.
 *
 * <pre>{@code
 * double[][] x = ..., y = ...;                       // n rows each
 * Estimate mi = MutualInformation.estimate(x, y, Estimators.mine().steps(2000));
 * System.out.println(mi.nats() + " nats, 95% interval " + mi.ciLow() + " to " + mi.ciHigh());
 * }</pre>
 *
 * <p>Row i of {@code x} and row i of {@code y} are one joint sample. A neural estimator trains its
 * critic on half of the rows and reports the bound on the other half, never on the rows it trained
 * on; {@link Estimate#warnings()} says when a value is unreliable (e.g. above ln N, McAllester
 * &amp; Stratos 2018). The estimator is looked up by name among the {@link
 * org.mine4j.api.spi.MinePlugin}s on the class path, so a third-party estimator works through
 * {@link EstimatorOptions#of}. All randomness comes from the seed (0 unless given): the same data
 * and seed give the same estimate.
 */
public final class MutualInformation {
  private MutualInformation() {}

  /** MINE (Belghazi et al. 2018) with the library defaults, seed 0. */
  public static Estimate estimate(double[][] x, double[][] y) {
    return estimate(x, y, Estimators.mine(), 0L);
  }

  /** The given estimator, seed 0. */
  public static Estimate estimate(double[][] x, double[][] y, EstimatorOptions estimator) {
    return estimate(x, y, estimator, 0L);
  }

  /**
   * The given estimator and seed.
   *
   * @throws org.mine4j.api.MineException INVALID_DATA for arrays that are not two matrices with the
   *     same number of rows and finite values, INVALID_OPTIONS or UNKNOWN_COMPONENT for bad options
   *     or an unknown estimator (the message names it), NON_FINITE_LOSS when training diverges
   */
  public static Estimate estimate(
      double[][] x, double[][] y, EstimatorOptions estimator, long seed) {
    return estimate(samples(x, y), estimator, seed);
  }

  /** One-dimensional X and Y (one value per row each), seed 0. */
  public static Estimate estimate(double[] x, double[] y, EstimatorOptions estimator) {
    return estimate(SampleArrays.of(x, y), estimator, 0L);
  }

  /** Samples you already have, e.g. from a {@link org.mine4j.api.data.Dataset}. */
  public static Estimate estimate(Samples samples, EstimatorOptions estimator, long seed) {
    requireNonNull(samples, "samples is null");
    return estimator(estimator).estimate(samples, EstimationContext.seeded(seed));
  }

  /**
   * The estimator itself, validated now, to reuse on several data sets or to pass a {@link
   * EstimationContext} with a listener or held-out samples.
   */
  public static Estimator estimator(EstimatorOptions estimator) {
    requireNonNull(estimator, "estimator is null");
    return EstimatorLookup.factory(estimator.estimator()).create(estimator.toProperties());
  }

  /** Two matrices of the same number of rows as {@link Samples} (copied, as float32). */
  public static Samples samples(double[][] x, double[][] y) {
    return SampleArrays.of(x, y);
  }
}
