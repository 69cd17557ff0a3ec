package org.mine4j.bench.staircase;

/**
 * The exponentially weighted moving average of pandas' {@code ewm(span=S).mean()} (adjust=True): α
 * = 2 / (S + 1), m_t = Σ_i (1−α)^i x_{t−i} / Σ_i (1−α)^i, the smoothing of the staircase plots in
 * Song &amp; Ermon (2020). Non-finite values (after a divergence) stay NaN and restart nothing.
 */
final class Ewm {
  private Ewm() {}

  static double[] smooth(float[] values, int span) {
    if (span < 1) {
      throw new IllegalArgumentException("span must be at least 1, found " + span);
    }
    double decay = 1 - 2.0 / (span + 1);
    double[] smoothed = new double[values.length];
    double numerator = 0;
    double denominator = 0;
    for (int t = 0; t < values.length; t++) {
      if (!Float.isFinite(values[t])) {
        smoothed[t] = Double.NaN;
        continue;
      }
      numerator = values[t] + decay * numerator;
      denominator = 1 + decay * denominator;
      smoothed[t] = numerator / denominator;
    }
    return smoothed;
  }
}
