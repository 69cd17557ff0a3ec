package org.mine4j.bench.gaussian;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One training run of the Gaussian protocol: a correlation, an estimator, its seeds, and either the
 * estimate or the step at which training diverged (non-finite loss).
 *
 * @param rho the correlation
 * @param trueMi the exact MI in nats
 * @param estimator the estimator's name
 * @param seed the training seed (split from the master seed)
 * @param dataSeed the seed of the training samples (shared by all estimators at this rho)
 * @param heldOutSeed the seed of the fresh held-out samples
 * @param estimate the estimate in nats; empty if diverged
 * @param ciLow lower end of the 95% interval (NaN if diverged)
 * @param ciHigh upper end of the 95% interval (NaN if diverged)
 * @param divergedStep the step of the non-finite loss; empty if finished
 * @param bound the bound's name (empty if diverged)
 * @param steps training steps taken
 * @param seconds wall-clock time of the run
 * @param provenance the estimate's provenance (empty if diverged)
 */
public record GaussianRun(
    double rho,
    double trueMi,
    String estimator,
    long seed,
    long dataSeed,
    long heldOutSeed,
    OptionalDouble estimate,
    double ciLow,
    double ciHigh,
    OptionalLong divergedStep,
    String bound,
    long steps,
    double seconds,
    Map<String, String> provenance) {
  public GaussianRun {
    requireNonNull(estimator, "estimator is null");
    requireNonNull(estimate, "estimate is null");
    requireNonNull(divergedStep, "divergedStep is null");
    requireNonNull(bound, "bound is null");
    provenance =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(requireNonNull(provenance, "provenance is null")));
    if (estimate.isPresent() == divergedStep.isPresent()) {
      throw new IllegalArgumentException("a run has either an estimate or a divergence step");
    }
  }

  /** Whether training diverged. */
  public boolean diverged() {
    return divergedStep.isPresent();
  }

  /** |estimate - true MI|, empty if diverged. */
  public OptionalDouble absoluteError() {
    return estimate.isPresent()
        ? OptionalDouble.of(Math.abs(estimate.getAsDouble() - trueMi))
        : OptionalDouble.empty();
  }
}
