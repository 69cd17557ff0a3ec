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
 * One-hot identity: X uniform over the d one-hot vectors e_1, …, e_d of R^d and Y = X. Exact I(X;Y)
 * = H(X) = ln d nats (SPEC §4; the one-hot task of Czyż et al. 2023, "Beyond normal"). The
 * estimators see float vectors, but the variables are discrete, so the mutual information is finite
 * (unlike Y = X for continuous X) and bounded by ln d: a check of saturation rather than of growth.
 *
 * <p>The log ratio of probability masses is ln d where x and y are the same one-hot vector and −∞
 * otherwise (including rows that are not one-hot vectors, where the joint mass is 0).
 */
public final class OneHotDataset implements KnownDensityRatio {
  private final OneHotOptions options;

  public OneHotDataset(OneHotOptions options) {
    this.options = requireNonNull(options, "options is null");
  }

  /** The typed options. */
  public OneHotOptions oneHotOptions() {
    return options;
  }

  @Override
  public String name() {
    return OneHotFactory.NAME;
  }

  @Override
  public Map<String, String> options() {
    return options.toProperties();
  }

  @Override
  public int dimX() {
    return options.categories();
  }

  @Override
  public int dimY() {
    return options.categories();
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
    int d = options.categories();
    return n -> {
      if (n < 0) {
        throw new IllegalArgumentException("n must be non-negative, found " + n);
      }
      float[] x = new float[Math.multiplyExact(n, d)];
      for (int i = 0; i < n; i++) {
        x[i * d + random.nextInt(d)] = 1.0f;
      }
      return Samples.ofRowMajor(x, x.clone(), n, d, d);
    };
  }

  /** ln d if x and y are the same one-hot vector, else −∞. */
  @Override
  public double logDensityRatio(Samples samples, int row) {
    int d = options.categories();
    SampleShape.require(samples, d, d, name());
    int hot = -1;
    for (int j = 0; j < d; j++) {
      float xj = samples.x(row, j);
      if (xj != samples.y(row, j) || (xj != 0.0f && xj != 1.0f) || (xj == 1.0f && hot >= 0)) {
        return Double.NEGATIVE_INFINITY;
      }
      if (xj == 1.0f) {
        hot = j;
      }
    }
    return hot >= 0 ? Math.log(d) : Double.NEGATIVE_INFINITY;
  }

  @Override
  public String toString() {
    return "OneHotDataset" + options.toProperties();
  }
}
