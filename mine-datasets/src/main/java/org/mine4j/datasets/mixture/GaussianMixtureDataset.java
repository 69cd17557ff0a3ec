package org.mine4j.datasets.mixture;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.mine4j.api.data.Sampler;
import org.mine4j.api.data.Samples;
import org.mine4j.datasets.internal.Cholesky;
import org.mine4j.datasets.internal.SampleShape;
import org.mine4j.datasets.internal.StandardNormal;
import org.mine4j.datasets.truth.GroundTruth;
import org.mine4j.datasets.truth.KnownDensityRatio;
import org.mine4j.datasets.truth.MonteCarloMutualInformation;

/**
 * A mixture of Gaussians over the joint vector (x, y): p(x, y) = Σ_k w_k N((x, y); μ_k, Σ_k), whose
 * marginals are the mixtures of the components' marginal Gaussians. I(X;Y) has no closed form; the
 * exact log density ratio ln p(x, y) − ln p(x) − ln p(y) is available, so the ground truth is its
 * Monte Carlo mean, as in the bmi benchmark (Czyż et al. 2023, "Beyond normal"): {@link
 * #groundTruth()} over {@value #GROUND_TRUTH_SAMPLES} rows drawn with seed {@value
 * #GROUND_TRUTH_SEED}, computed on first use and kept. {@link #trueMutualInformation()} reports its
 * estimate, and {@link #trueMutualInformationStandardError()} its standard error (about 0.002 nats
 * for the presets): compare estimators to it only to within a few standard errors.
 */
public final class GaussianMixtureDataset implements KnownDensityRatio {
  /** Rows averaged for the ground truth. */
  public static final int GROUND_TRUTH_SAMPLES = 200_000;

  /** The sampler seed of the ground truth. */
  public static final long GROUND_TRUTH_SEED = 20240611L;

  private final GaussianMixtureOptions options;
  private final GaussianMixtureDensity joint;
  private final GaussianMixtureDensity marginalX;
  private final GaussianMixtureDensity marginalY;
  private volatile GroundTruth groundTruth;

  public GaussianMixtureDataset(GaussianMixtureOptions options) {
    this.options = requireNonNull(options, "options is null");
    int n = options.dimX() + options.dimY();
    this.joint = new GaussianMixtureDensity(options.components(), 0, n);
    this.marginalX = new GaussianMixtureDensity(options.components(), 0, options.dimX());
    this.marginalY = new GaussianMixtureDensity(options.components(), options.dimX(), n);
  }

  /** The typed options. */
  public GaussianMixtureOptions mixtureOptions() {
    return options;
  }

  /** The Monte Carlo ground truth (computed on first call, about a second, then kept). */
  public GroundTruth groundTruth() {
    GroundTruth truth = groundTruth;
    if (truth == null) {
      truth = MonteCarloMutualInformation.estimate(this, GROUND_TRUTH_SAMPLES, GROUND_TRUTH_SEED);
      groundTruth = truth;
    }
    return truth;
  }

  /** The standard error of {@link #trueMutualInformation()}, in nats. */
  public double trueMutualInformationStandardError() {
    return groundTruth().standardError();
  }

  @Override
  public String name() {
    return GaussianMixtureFactory.NAME;
  }

  @Override
  public Map<String, String> options() {
    return options.toProperties();
  }

  @Override
  public int dimX() {
    return options.dimX();
  }

  @Override
  public int dimY() {
    return options.dimY();
  }

  /** The Monte Carlo estimate of {@link #groundTruth()} (never negative: clipped at 0). */
  @Override
  public OptionalDouble trueMutualInformation() {
    return OptionalDouble.of(Math.max(0.0, groundTruth().estimate()));
  }

  @Override
  public OptionalInt size() {
    return OptionalInt.empty();
  }

  @Override
  public Sampler sampler(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StandardNormal normal = new StandardNormal(random.split());
    List<MixtureComponent> components = options.components();
    int dim = options.dimX() + options.dimY();
    Cholesky[] factors = new Cholesky[components.size()];
    double[] cumulative = new double[components.size()];
    double total = 0.0;
    for (int k = 0; k < factors.length; k++) {
      factors[k] = Cholesky.of(components.get(k).covarianceArray(), dim);
      total += components.get(k).weight();
      cumulative[k] = total;
    }
    double weightSum = total;
    return n -> {
      if (n < 0) {
        throw new IllegalArgumentException("n must be non-negative, found " + n);
      }
      float[] x = new float[Math.multiplyExact(n, options.dimX())];
      float[] y = new float[Math.multiplyExact(n, options.dimY())];
      double[] z = new double[dim];
      double[] point = new double[dim];
      for (int i = 0; i < n; i++) {
        double u = random.nextDouble() * weightSum;
        int k = 0;
        while (k < cumulative.length - 1 && u >= cumulative[k]) {
          k++;
        }
        for (int j = 0; j < dim; j++) {
          z[j] = normal.next();
        }
        factors[k].multiply(z, point);
        List<Double> mean = components.get(k).mean();
        for (int j = 0; j < dim; j++) {
          float value = (float) (mean.get(j) + point[j]);
          if (j < options.dimX()) {
            x[i * options.dimX() + j] = value;
          } else {
            y[i * options.dimY() + j - options.dimX()] = value;
          }
        }
      }
      return Samples.ofRowMajor(x, y, n, options.dimX(), options.dimY());
    };
  }

  /** ln p(x, y) − ln p(x) − ln p(y), each by log-sum-exp over the components. */
  @Override
  public double logDensityRatio(Samples samples, int row) {
    SampleShape.require(samples, options.dimX(), options.dimY(), name());
    double[] point = new double[options.dimX() + options.dimY()];
    for (int j = 0; j < options.dimX(); j++) {
      point[j] = samples.x(row, j);
    }
    for (int j = 0; j < options.dimY(); j++) {
      point[options.dimX() + j] = samples.y(row, j);
    }
    return joint.logDensity(point) - marginalX.logDensity(point) - marginalY.logDensity(point);
  }

  @Override
  public String toString() {
    return "GaussianMixtureDataset" + options.toProperties();
  }
}
