package org.mine4j.datasets.internal;

import static java.util.Objects.requireNonNull;

import java.util.SplittableRandom;

/**
 * Standard normal draws from a {@link SplittableRandom} by Marsaglia's polar method (Marsaglia
 * &amp; Bray 1964): draw (u, v) uniform in the unit disc, s = u² + v², and return u·√(−2 ln s / s)
 * and v·√(−2 ln s / s).
 *
 * <p>Written out here rather than calling {@code RandomGenerator.nextGaussian()} so the numbers
 * depend only on {@link SplittableRandom}'s specified bit stream, not on the JDK's choice of
 * Gaussian algorithm: the same seed gives the same samples on every Java version. Not thread-safe.
 */
public final class StandardNormal {
  private final SplittableRandom random;
  private double spare;
  private boolean hasSpare;

  public StandardNormal(SplittableRandom random) {
    this.random = requireNonNull(random, "random is null");
  }

  /** The next N(0, 1) draw. */
  public double next() {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    double u;
    double v;
    double s;
    do {
      u = 2.0 * random.nextDouble() - 1.0;
      v = 2.0 * random.nextDouble() - 1.0;
      s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    double factor = Math.sqrt(-2.0 * Math.log(s) / s);
    spare = v * factor;
    hasSpare = true;
    return u * factor;
  }
}
