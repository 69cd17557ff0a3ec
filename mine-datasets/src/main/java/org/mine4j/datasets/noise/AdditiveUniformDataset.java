package org.mine4j.datasets.noise;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.mine4j.api.data.Sampler;
import org.mine4j.api.data.Samples;
import org.mine4j.datasets.internal.SampleShape;
import org.mine4j.datasets.truth.KnownDensityRatio;

/**
 * Additive uniform noise: X ~ U(0,1) and Y = X + U(−ε, ε), in d independent copies. Exact I(X;Y) =
 * d·(ε − ln 2ε) for ε ≤ ½ and d/(4ε) for ε ≥ ½ nats (SPEC §4; the "additive noise" task of Czyż et
 * al. 2023, "Beyond normal: on the evaluation of mutual information estimators"). Not Gaussian,
 * with bounded support: a check that an estimator does not assume Gaussianity.
 *
 * <p>The log density ratio of one pair is log p(y|x) − log p(y) = −ln ℓ(y), where ℓ(y) = min(1, y +
 * ε) − max(0, y − ε) is the length of the x-interval that reaches y (p(y) = ℓ(y)/2ε is a
 * trapezoid), and −∞ where |y − x| &gt; ε or x ∉ [0, 1] (joint density 0). Rows are stored as
 * float32: x is rounded first and y = x + noise is rounded then nudged by one ulp where needed, so
 * every stored row lies in the support and its ratio is exact for the stored values.
 */
public final class AdditiveUniformDataset implements KnownDensityRatio {
  private final AdditiveUniformOptions options;

  public AdditiveUniformDataset(AdditiveUniformOptions options) {
    this.options = requireNonNull(options, "options is null");
  }

  /** The typed options. */
  public AdditiveUniformOptions uniformOptions() {
    return options;
  }

  @Override
  public String name() {
    return AdditiveUniformFactory.NAME;
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
    SplittableRandom random = new SplittableRandom(seed);
    double epsilon = options.epsilon();
    int dim = options.dim();
    return n -> {
      if (n < 0) {
        throw new IllegalArgumentException("n must be non-negative, found " + n);
      }
      float[] x = new float[Math.multiplyExact(n, dim)];
      float[] y = new float[x.length];
      for (int i = 0; i < x.length; i++) {
        float xi = (float) random.nextDouble();
        float yi = (float) (xi + epsilon * (2.0 * random.nextDouble() - 1.0));
        if (yi > xi + epsilon) {
          yi = Math.nextDown(yi);
        } else if (yi < xi - epsilon) {
          yi = Math.nextUp(yi);
        }
        x[i] = xi;
        y[i] = yi;
      }
      return Samples.ofRowMajor(x, y, n, dim, dim);
    };
  }

  /** The exact log p(x, y)/(p(x) p(y)) = Σ_j −ln ℓ(y_j) on the support, −∞ off it. */
  @Override
  public double logDensityRatio(Samples samples, int row) {
    SampleShape.require(samples, options.dim(), options.dim(), name());
    double epsilon = options.epsilon();
    double sum = 0.0;
    for (int j = 0; j < options.dim(); j++) {
      double x = samples.x(row, j);
      double y = samples.y(row, j);
      if (x < 0.0 || x > 1.0 || Math.abs(y - x) > epsilon) {
        return Double.NEGATIVE_INFINITY;
      }
      sum -= Math.log(Math.min(1.0, y + epsilon) - Math.max(0.0, y - epsilon));
    }
    return sum;
  }

  @Override
  public String toString() {
    return "AdditiveUniformDataset" + options.toProperties();
  }
}
