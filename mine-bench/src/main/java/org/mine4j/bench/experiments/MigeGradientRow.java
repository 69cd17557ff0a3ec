package org.mine4j.bench.experiments;

import static java.util.Objects.requireNonNull;

/**
 * One gradient of the {@code mige-gradient} experiment.
 *
 * @param repeat the repetition, from 1
 * @param dim d
 * @param rho the correlation
 * @param estimator the gradient source's name
 * @param gradient the estimated dI/dρ; NaN if the critic's training diverged
 * @param truth the exact d·ρ/(1 − ρ²)
 * @param seconds wall time (training and gradient, sampling included)
 */
public record MigeGradientRow(
    int repeat,
    int dim,
    double rho,
    String estimator,
    double gradient,
    double truth,
    double seconds) {
  public MigeGradientRow {
    requireNonNull(estimator, "estimator is null");
  }

  /** |gradient − truth|, NaN if diverged. */
  public double absoluteError() {
    return Math.abs(gradient - truth);
  }
}
