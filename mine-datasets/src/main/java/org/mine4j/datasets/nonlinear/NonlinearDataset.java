package org.mine4j.datasets.nonlinear;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.mine4j.api.data.Sampler;
import org.mine4j.api.data.Samples;
import org.mine4j.datasets.internal.SampleShape;
import org.mine4j.datasets.internal.StandardNormal;
import org.mine4j.datasets.truth.KnownDensityRatio;

/**
 * Non-linear regression with Gaussian noise: X ~ U(−1, 1)^d and Y = f(X) + σε, ε ~ N(0, I_d), f ∈
 * {x, x³, sin x} applied per coordinate. Exact I(X;Y) = d·[h(f(X₁) + σε₁) − ½ ln(2πeσ²)] nats (SPEC
 * §4), h by quadrature of p(y) = ½∫_{−1}^{1} N(y; f(x), σ²) dx ({@link NonlinearMarginal}). The
 * functions of the MINE paper's non-linear dependence experiment (Belghazi et al. 2018, after the
 * equitability study of Kinney &amp; Atwal 2014): with noise after f the mutual information depends
 * on f; without it, I(X; f(X)) is infinite (SPEC §3). SPEC check values, d = 2: σ = 0.8 gives 0.418
 * (x), 0.201 (x³), 0.354 (sin x); σ = 0.3 gives 1.498, 0.939, 1.341.
 *
 * <p>The log density ratio is Σ_j [ln N(y_j; f(x_j), σ²) − ln p(y_j)], p by the same quadrature
 * (about 1,000 function evaluations per coordinate). The true MI is computed on first use (well
 * under a second) and kept.
 */
public final class NonlinearDataset implements KnownDensityRatio {
  private static final double LOG_SQRT_TWO_PI = 0.5 * Math.log(2.0 * Math.PI);

  private final NonlinearOptions options;
  private final NonlinearMarginal marginal;
  private volatile double mutualInformation = Double.NaN;

  public NonlinearDataset(NonlinearOptions options) {
    this.options = requireNonNull(options, "options is null");
    this.marginal = new NonlinearMarginal(options.function(), options.sigma());
  }

  /** The typed options. */
  public NonlinearOptions nonlinearOptions() {
    return options;
  }

  @Override
  public String name() {
    return NonlinearFactory.NAME;
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
    double mi = mutualInformation;
    if (Double.isNaN(mi)) {
      mi = options.dim() * marginal.mutualInformation();
      mutualInformation = mi;
    }
    return OptionalDouble.of(mi);
  }

  @Override
  public OptionalInt size() {
    return OptionalInt.empty();
  }

  @Override
  public Sampler sampler(long seed) {
    SplittableRandom uniform = new SplittableRandom(seed);
    StandardNormal normal = new StandardNormal(uniform.split());
    NonlinearFunction f = options.function();
    double sigma = options.sigma();
    int dim = options.dim();
    return n -> {
      if (n < 0) {
        throw new IllegalArgumentException("n must be non-negative, found " + n);
      }
      float[] x = new float[Math.multiplyExact(n, dim)];
      float[] y = new float[x.length];
      for (int i = 0; i < x.length; i++) {
        float xi = (float) (2.0 * uniform.nextDouble() - 1.0);
        x[i] = xi;
        y[i] = (float) (f.apply(xi) + sigma * normal.next());
      }
      return Samples.ofRowMajor(x, y, n, dim, dim);
    };
  }

  /** Σ_j [ln N(y_j; f(x_j), σ²) − ln p(y_j)]; −∞ where some x_j is outside [−1, 1]. */
  @Override
  public double logDensityRatio(Samples samples, int row) {
    SampleShape.require(samples, options.dim(), options.dim(), name());
    double sigma = options.sigma();
    double sum = 0.0;
    for (int j = 0; j < options.dim(); j++) {
      double x = samples.x(row, j);
      double y = samples.y(row, j);
      if (x < -1.0 || x > 1.0) {
        return Double.NEGATIVE_INFINITY;
      }
      double z = (y - options.function().apply(x)) / sigma;
      sum += -0.5 * z * z - Math.log(sigma) - LOG_SQRT_TWO_PI - marginal.logDensity(y);
    }
    return sum;
  }

  @Override
  public String toString() {
    return "NonlinearDataset" + options.toProperties();
  }
}
