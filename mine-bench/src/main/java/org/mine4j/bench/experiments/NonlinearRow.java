package org.mine4j.bench.experiments;

import static java.util.Objects.requireNonNull;

/**
 * One estimate of the {@code nonlinear} experiment.
 *
 * @param function f in Y = f(X) + σε
 * @param sigma the noise level σ
 * @param truth the exact MI by quadrature, in nats
 * @param trial the estimate (empty if the training diverged) and its wall time
 */
public record NonlinearRow(String function, double sigma, double truth, Trial trial) {
  public NonlinearRow {
    requireNonNull(function, "function is null");
    requireNonNull(trial, "trial is null");
  }

  /** The estimate in nats, NaN if the training diverged. */
  public double estimate() {
    return trial.value();
  }

  /** (estimate − truth) / truth, signed; NaN if the training diverged. */
  public double relativeError() {
    return (estimate() - truth) / truth;
  }
}
