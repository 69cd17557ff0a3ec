package org.mine4j.bench.staircase;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One estimator's staircase: its per-step training-batch estimates (NaN from a divergence on), the
 * bound it reports and that bound's ceiling at the protocol's batch size, and how long it took.
 *
 * @param label the estimator as given on the command line, e.g. {@code smile:tau=1}
 * @param divergedStep the step whose loss was not finite, if training diverged
 * @param divergence what the trainer reported, or empty
 */
public record StaircaseRun(
    String label,
    String bound,
    OptionalDouble ceiling,
    float[] estimates,
    OptionalLong divergedStep,
    String divergence,
    long stepsRun,
    double seconds) {
  public StaircaseRun {
    requireNonNull(label, "label is null");
    requireNonNull(bound, "bound is null");
    requireNonNull(ceiling, "ceiling is null");
    requireNonNull(estimates, "estimates is null");
    requireNonNull(divergedStep, "divergedStep is null");
    requireNonNull(divergence, "divergence is null");
  }

  public boolean diverged() {
    return divergedStep.isPresent();
  }

  /** Milliseconds per training step (wall time over the steps run). */
  public double millisPerStep() {
    return stepsRun == 0 ? Double.NaN : 1000 * seconds / stepsRun;
  }
}
