package org.example.copula;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.data.Sampler;
import org.mine4j.api.data.Samples;

/**
 * X = e^U and Y = e^V for standard normal U, V with correlation ρ: heavy-tailed, skewed marginals
 * with a Gaussian copula. Mutual information is invariant under the invertible map e^·, so I(X;Y)
 * = I(U;V) = −½ ln(1 − ρ²) exactly (Cover &amp; Thomas 2006), while the Gaussian
 * plug-in, which sees only the linear correlation of X and Y, is biased low here.
 */
final class LogNormalPair implements Dataset {
  private final double rho;

  LogNormalPair(double rho) {
    this.rho = rho;
  }

  @Override
  public String name() {
    return LogNormalPairFactory.NAME;
  }

  @Override
  public Map<String, String> options() {
    return Map.of("rho", Double.toString(rho));
  }

  @Override
  public int dimX() {
    return 1;
  }

  @Override
  public int dimY() {
    return 1;
  }

  @Override
  public OptionalDouble trueMutualInformation() {
    return OptionalDouble.of(-0.5 * Math.log1p(-rho * rho));
  }

  @Override
  public OptionalInt size() {
    return OptionalInt.empty();
  }

  @Override
  public Sampler sampler(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double noise = Math.sqrt(1 - rho * rho);
    return n -> {
      float[] x = new float[n];
      float[] y = new float[n];
      for (int i = 0; i < n; i++) {
        double u = random.nextGaussian();
        double v = rho * u + noise * random.nextGaussian();
        x[i] = (float) Math.exp(u);
        y[i] = (float) Math.exp(v);
      }
      return Samples.ofRowMajor(x, y, n, 1, 1);
    };
  }
}
