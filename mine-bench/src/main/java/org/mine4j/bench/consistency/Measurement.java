package org.mine4j.bench.consistency;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One estimate of the consistency benchmark: an estimator on one of the {@link Probe} sample sets,
 * with its 95% interval, or the step at which its training diverged.
 *
 * @param estimator the estimator's label
 * @param probe the sample set
 * @param trueMi the exact MI of the sample set's distribution, in nats
 * @param seed the estimator's seed
 * @param estimate the estimate in nats; empty if diverged
 * @param ciLow lower end of the 95% interval (NaN if diverged or not given)
 * @param ciHigh upper end of the 95% interval (NaN if diverged or not given)
 * @param divergedStep the step of the non-finite loss; empty if finished
 * @param seconds wall-clock time of the estimation
 */
public record Measurement(
    String estimator,
    Probe probe,
    double trueMi,
    long seed,
    OptionalDouble estimate,
    double ciLow,
    double ciHigh,
    OptionalLong divergedStep,
    double seconds) {
  /** The z of a two-sided 95% normal interval. */
  static final double Z95 = 1.959963984540054;

  public Measurement {
    requireNonNull(estimator, "estimator is null");
    requireNonNull(probe, "probe is null");
    requireNonNull(estimate, "estimate is null");
    requireNonNull(divergedStep, "divergedStep is null");
    if (estimate.isPresent() == divergedStep.isPresent()) {
      throw new IllegalArgumentException("a measurement has either an estimate or a divergence");
    }
  }

  /** Whether training diverged. */
  public boolean diverged() {
    return divergedStep.isPresent();
  }

  /** The estimate; only call when not diverged. */
  public double nats() {
    return estimate.getAsDouble();
  }

  /**
   * The standard error read off the 95% interval, (high - low) / (2 z95); 0 when the estimator
   * gives no finite interval.
   */
  public double standardError() {
    double se = (ciHigh - ciLow) / (2 * Z95);
    return Double.isFinite(se) && se > 0 ? se : 0;
  }
}
