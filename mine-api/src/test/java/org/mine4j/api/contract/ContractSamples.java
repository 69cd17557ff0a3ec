package org.mine4j.api.contract;

import java.util.SplittableRandom;
import org.mine4j.api.data.Samples;

/**
 * Seeded samples for the contract tests, made here so that the test-jar needs no dataset plugin:
 * componentwise correlated Gaussians, whose MI is exactly -(d/2) ln(1 - rho^2).
 */
public final class ContractSamples {
  private ContractSamples() {}

  /**
   * n rows of X ~ N(0, I_d), Y = rho X + sqrt(1 - rho^2) noise. rho = 0 gives independent X and Y.
   */
  public static Samples gaussian(int n, int d, double rho, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] x = new float[n * d];
    float[] y = new float[n * d];
    double noise = Math.sqrt(1 - rho * rho);
    for (int i = 0; i < n * d; i++) {
      double a = normal(random);
      x[i] = (float) a;
      y[i] = (float) (rho * a + noise * normal(random));
    }
    return Samples.ofRowMajor(x, y, n, d, d);
  }

  /** The exact MI of {@link #gaussian}. */
  public static double gaussianMi(int d, double rho) {
    return -0.5 * d * Math.log(1 - rho * rho);
  }

  /** A standard normal draw (Box-Muller; one of the pair is discarded for simplicity). */
  public static double normal(SplittableRandom random) {
    double u = 1.0 - random.nextDouble(); // (0, 1]
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
