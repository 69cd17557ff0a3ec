package org.mine4j.datasets.discrete;

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
 * A discrete X with a continuous Y: X uniform on {0, …, m−1} (one float coordinate) and Y | X ~
 * U(X, X + w). Exact I(X;Y) = ln m − [r T(q+1) + (1−r) T(q)]/(m w) with q = ⌊w⌋, r = w − q and T
 * the window sums derived in {@link DiscreteContinuousTruth}; I = ln m for w ≤ 1 (the supports do
 * not overlap). After the mixed discrete-continuous tasks of Gao et al. 2017 ("Estimating mutual
 * information for discrete-continuous mixtures") and Czyż et al. 2023: a check that an estimator
 * copes with an atom-valued X.
 *
 * <p>The log density ratio is ln(m / c(y)), c(y) the number of the m intervals [k, k + w] that
 * contain y, on the support and −∞ off it. Y is rounded to float32 and nudged down by one ulp where
 * rounding would leave [x, x + w], so every stored row is in the support.
 */
public final class DiscreteContinuousDataset implements KnownDensityRatio {
  private final DiscreteContinuousOptions options;

  public DiscreteContinuousDataset(DiscreteContinuousOptions options) {
    this.options = requireNonNull(options, "options is null");
  }

  /** The typed options. */
  public DiscreteContinuousOptions discreteContinuousOptions() {
    return options;
  }

  @Override
  public String name() {
    return DiscreteContinuousFactory.NAME;
  }

  @Override
  public Map<String, String> options() {
    return options.toProperties();
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
    return OptionalDouble.of(options.mutualInformation());
  }

  @Override
  public OptionalInt size() {
    return OptionalInt.empty();
  }

  @Override
  public Sampler sampler(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int m = options.categories();
    double w = options.width();
    return n -> {
      if (n < 0) {
        throw new IllegalArgumentException("n must be non-negative, found " + n);
      }
      float[] x = new float[n];
      float[] y = new float[n];
      for (int i = 0; i < n; i++) {
        int xi = random.nextInt(m);
        float yi = (float) (xi + w * random.nextDouble());
        x[i] = xi;
        y[i] = yi > xi + w ? Math.nextDown(yi) : yi;
      }
      return Samples.ofRowMajor(x, y, n, 1, 1);
    };
  }

  /** ln(m / c(y)) where x ∈ {0..m−1} and x ≤ y ≤ x + w, else −∞. */
  @Override
  public double logDensityRatio(Samples samples, int row) {
    SampleShape.require(samples, 1, 1, name());
    int m = options.categories();
    double w = options.width();
    double x = samples.x(row, 0);
    double y = samples.y(row, 0);
    if (x != Math.rint(x) || x < 0 || x > m - 1 || y < x || y > x + w) {
      return Double.NEGATIVE_INFINITY;
    }
    return Math.log((double) m / DiscreteContinuousTruth.coverCount(m, w, y));
  }

  @Override
  public String toString() {
    return "DiscreteContinuousDataset" + options.toProperties();
  }
}
