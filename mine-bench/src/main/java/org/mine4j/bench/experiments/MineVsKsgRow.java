package org.mine4j.bench.experiments;

import static java.util.Objects.requireNonNull;

/**
 * One estimate of the {@code mine-vs-ksg} experiment.
 *
 * @param dim the dimension d of X and of Y
 * @param rho the componentwise correlation
 * @param truth the exact MI −(d/2) ln(1 − ρ²) in nats
 * @param estimator the estimator's registered name
 * @param trial the estimate (empty if the training diverged) and its wall time
 */
public record MineVsKsgRow(int dim, double rho, double truth, String estimator, Trial trial) {
  public MineVsKsgRow {
    requireNonNull(estimator, "estimator is null");
    requireNonNull(trial, "trial is null");
  }

  /** The estimate in nats, NaN if the training diverged. */
  public double estimate() {
    return trial.value();
  }

  /** |estimate − truth|, NaN if the training diverged. */
  public double absoluteError() {
    return Math.abs(estimate() - truth);
  }
}
