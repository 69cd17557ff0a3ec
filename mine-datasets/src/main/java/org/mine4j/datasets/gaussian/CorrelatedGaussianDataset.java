package org.mine4j.datasets.gaussian;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.mine4j.api.data.Sampler;
import org.mine4j.api.data.Samples;
import org.mine4j.datasets.internal.StandardNormal;
import org.mine4j.datasets.truth.KnownDensityRatio;

/**
 * The componentwise correlated Gaussian: X ~ N(0, I_d) and Y = ρX + √(1−ρ²)ε with ε ~ N(0, I_d)
 * independent of X, so each pair (x_j, y_j) is standard bivariate normal with correlation ρ and the
 * pairs are independent. Exact mutual information I(X;Y) = −(d/2) ln(1 − ρ²) nats (SPEC §4).
 *
 * <p>The benchmark of the MINE paper (Belghazi et al. 2018, 1-D and 20-D), SMILE (Song &amp; Ermon
 * 2020) and ReMINE (the staircase of SPEC §5, with ρ from the target MI). A generator: every {@link
 * Sampler#next} call draws fresh i.i.d. rows, computed in double and stored as float32. The sampler
 * draws, for each row and each component j in turn, x_j then ε_j from a {@link SplittableRandom}
 * seeded with the given seed, so the same seed gives the same rows on every JVM.
 */
public final class CorrelatedGaussianDataset implements KnownDensityRatio {
  private final CorrelatedGaussianOptions options;

  public CorrelatedGaussianDataset(CorrelatedGaussianOptions options) {
    this.options = requireNonNull(options, "options is null");
  }

  /** The typed options. */
  public CorrelatedGaussianOptions gaussianOptions() {
    return options;
  }

  /** ρ, the correlation of each pair (x_j, y_j). */
  public double rho() {
    return options.rho();
  }

  @Override
  public String name() {
    return CorrelatedGaussianFactory.NAME;
  }

  @Override
  public Map<String, String> options() {
    return options.toProperties();
  }

  @Override
  public int dimX() {
    return options.dim();
  }

  @Override
  public int dimY() {
    return options.dim();
  }

  @Override
  public OptionalDouble trueMutualInformation() {
    return OptionalDouble.of(options.mutualInformation());
  }

  @Override
  public OptionalInt size() {
    return OptionalInt.empty();
  }

  @Override
  public Sampler sampler(long seed) {
    return new GaussianSampler(seed);
  }

  /**
   * The exact log density ratio log p(x, y) / (p(x) p(y)) of row {@code row}: the optimal critic,
   * whose mean under the joint is I(X;Y). Per component, with r = 1 − ρ²: −½ ln r − (ρ²x² − 2ρxy +
   * ρ²y²) / (2r), summed over the d components.
   */
  @Override
  public double logDensityRatio(Samples samples, int row) {
    requireNonNull(samples, "samples is null");
    if (samples.dimX() != options.dim() || samples.dimY() != options.dim()) {
      throw new IllegalArgumentException(
          "samples have dimX="
              + samples.dimX()
              + ", dimY="
              + samples.dimY()
              + " but this dataset has dim="
              + options.dim());
    }
    double rho = options.rho();
    double r = 1.0 - rho * rho;
    double constant = -0.5 * Math.log1p(-rho * rho);
    double sum = 0.0;
    for (int j = 0; j < options.dim(); j++) {
      double x = samples.x(row, j);
      double y = samples.y(row, j);
      sum += constant - (rho * rho * (x * x + y * y) - 2.0 * rho * x * y) / (2.0 * r);
    }
    return sum;
  }

  @Override
  public String toString() {
    return "CorrelatedGaussianDataset" + options.toProperties();
  }

  /** Fresh rows from one seeded stream. */
  private final class GaussianSampler implements Sampler {
    private final StandardNormal normal;
    private final double rho = options.rho();
    private final double noiseScale = Math.sqrt(1.0 - rho * rho);

    GaussianSampler(long seed) {
      this.normal = new StandardNormal(new SplittableRandom(seed));
    }

    @Override
    public Samples next(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("n must be non-negative, found " + n);
      }
      int dim = options.dim();
      float[] x = new float[Math.multiplyExact(n, dim)];
      float[] y = new float[x.length];
      for (int i = 0; i < x.length; i++) {
        double xi = normal.next();
        double eps = normal.next();
        x[i] = (float) xi;
        y[i] = (float) (rho * xi + noiseScale * eps);
      }
      return Samples.ofRowMajor(x, y, n, dim, dim);
    }
  }
}
