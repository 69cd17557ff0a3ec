package org.mine4j.datasets.transform;

import java.util.Arrays;
import org.apache.commons.numbers.gamma.Erfc;

/**
 * The quantile function of a one-dimensional mixture of unit-variance Gaussians, applied per
 * coordinate: u ∈ (0, 1) ↦ F⁻¹(u) with F(t) = Σ_k w_k Φ(t − μ_k). After {@link
 * CoordinateMap#NORMAL_CDF} it turns a Gaussian margin into a bimodal one without changing the
 * mutual information (an invertible map of one variable). This is bmi's "bimodal" construction
 * (Czyż et al. 2023, task {@code 1v1-bimodal-0.75}). The forward map solves F(t) = u by safeguarded
 * Newton steps inside a bracket; the inverse is F itself.
 */
public final class MixtureQuantile implements Transform {
  private final double[] weights;
  private final double[] means;
  private final double low;
  private final double high;

  /**
   * @param weights positive, summing to 1
   * @param means the component means (unit variances)
   * @throws IllegalArgumentException for mismatched lengths, non-positive weights or a sum other
   *     than 1
   */
  public MixtureQuantile(double[] weights, double[] means) {
    if (weights.length == 0 || weights.length != means.length) {
      throw new IllegalArgumentException(
          "need as many weights as means (at least one), found "
              + weights.length
              + " and "
              + means.length);
    }
    double sum = 0;
    for (double w : weights) {
      if (!(w > 0)) {
        throw new IllegalArgumentException("weights must be positive, found " + w);
      }
      sum += w;
    }
    if (Math.abs(sum - 1) > 1e-12) {
      throw new IllegalArgumentException("weights must sum to 1, found " + sum);
    }
    this.weights = weights.clone();
    this.means = means.clone();
    // Beyond 40 standard deviations from every mean, F is 0 or 1 in double precision.
    this.low = Arrays.stream(means).min().getAsDouble() - 40;
    this.high = Arrays.stream(means).max().getAsDouble() + 40;
  }

  @Override
  public String optionName() {
    return "mixture-quantile";
  }

  @Override
  public int outputDimension(int inputDimension) {
    return inputDimension;
  }

  @Override
  public void forward(double[] in, double[] out) {
    for (int i = 0; i < in.length; i++) {
      out[i] = quantile(in[i]);
    }
  }

  @Override
  public void inverse(double[] in, double[] out) {
    for (int i = 0; i < in.length; i++) {
      out[i] = cdf(in[i]);
    }
  }

  /** F(t) = Σ w_k Φ(t − μ_k). */
  double cdf(double t) {
    double sum = 0;
    for (int k = 0; k < weights.length; k++) {
      sum += weights[k] * 0.5 * Erfc.value(-(t - means[k]) / Math.sqrt(2.0));
    }
    return sum;
  }

  private double density(double t) {
    double sum = 0;
    for (int k = 0; k < weights.length; k++) {
      double z = t - means[k];
      sum += weights[k] * Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }
    return sum;
  }

  /** F⁻¹(u): Newton from the weighted mean, falling back to bisection outside the bracket. */
  double quantile(double u) {
    if (!(u > 0)) {
      return low;
    }
    if (!(u < 1)) {
      return high;
    }
    double lo = low;
    double hi = high;
    double t = 0;
    for (int k = 0; k < weights.length; k++) {
      t += weights[k] * means[k];
    }
    for (int iteration = 0; iteration < 200; iteration++) {
      double value = cdf(t) - u;
      if (value > 0) {
        hi = t;
      } else {
        lo = t;
      }
      double slope = density(t);
      double next = slope > 0 ? t - value / slope : Double.NaN;
      if (!(next > lo && next < hi)) {
        next = 0.5 * (lo + hi);
      }
      if (Math.abs(next - t) <= 1e-13 * Math.max(1.0, Math.abs(t))) {
        return next;
      }
      t = next;
    }
    return t;
  }
}
