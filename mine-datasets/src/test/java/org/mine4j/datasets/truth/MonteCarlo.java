package org.mine4j.datasets.truth;

import org.mine4j.api.data.Samples;

/**
 * The Monte Carlo mean of the exact log density ratio over n i.i.d. rows, an unbiased estimate of
 * I(X;Y) with standard error s/√n (s the sample standard deviation of the ratio).
 */
public record MonteCarlo(double mean, double standardError, int rows) {
  public static MonteCarlo of(KnownDensityRatio dataset, int n, long seed) {
    Samples samples = dataset.sample(n, seed);
    double sum = 0;
    double sumSquares = 0;
    for (int i = 0; i < n; i++) {
      double ratio = dataset.logDensityRatio(samples, i);
      sum += ratio;
      sumSquares += ratio * ratio;
    }
    double mean = sum / n;
    double variance = Math.max(0.0, (sumSquares - n * mean * mean) / (n - 1));
    return new MonteCarlo(mean, Math.sqrt(variance / n), n);
  }
}
