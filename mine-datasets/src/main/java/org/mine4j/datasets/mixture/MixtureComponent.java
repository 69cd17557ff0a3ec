package org.mine4j.datasets.mixture;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One Gaussian component of a mixture over the joint vector (x, y) of dimension n = dx + dy.
 *
 * @param weight its mixing weight, &gt; 0 (the weights of a mixture sum to 1)
 * @param mean its mean, n values
 * @param covariance its covariance, n × n values row-major, symmetric positive definite
 */
public record MixtureComponent(double weight, List<Double> mean, List<Double> covariance) {
  public MixtureComponent {
    if (!(weight > 0.0 && weight <= 1.0)) {
      throw new IllegalArgumentException("weights must be in (0, 1], found " + weight);
    }
    mean = List.copyOf(requireNonNull(mean, "mean is null"));
    covariance = List.copyOf(requireNonNull(covariance, "covariance is null"));
    int n = mean.size();
    if (covariance.size() != n * n) {
      throw new IllegalArgumentException(
          "a covariance of a "
              + n
              + "-dimensional component has "
              + n * n
              + " values (row-major), found "
              + covariance.size());
    }
    for (int i = 0; i < n * n; i++) {
      double value = covariance.get(i);
      double mirror = covariance.get((i % n) * n + i / n);
      if (!Double.isFinite(value) || Math.abs(value - mirror) > 1e-12 * Math.abs(value) + 1e-300) {
        throw new IllegalArgumentException(
            "covariance must be finite and symmetric, found " + covariance);
      }
    }
    if (!mean.stream().allMatch(Double::isFinite)) {
      throw new IllegalArgumentException("mean must be finite, found " + mean);
    }
  }

  /** The component (w, μ, Σ) with a mean and covariance given as arrays. */
  public static MixtureComponent of(double weight, double[] mean, double[] covariance) {
    return new MixtureComponent(weight, boxed(mean), boxed(covariance));
  }

  /** The mean as a new array. */
  public double[] meanArray() {
    return mean.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The covariance as a new row-major array. */
  public double[] covarianceArray() {
    return covariance.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static List<Double> boxed(double[] values) {
    return java.util.Arrays.stream(values).boxed().toList();
  }
}
