package org.mine4j.datasets.gaussian;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;

/**
 * Validated options of the {@code dense-gaussian} dataset: dimensions dx, dy and the common
 * correlation a of every pair of distinct coordinates among the dx + dy.
 *
 * <p>Properties {@code dim-x}, {@code dim-y} (default 2 each) and {@code correlation} (default
 * 0.5). The matrix (1 − a)I_n + a11ᵀ has eigenvalues 1 − a (n − 1 times) and 1 + (n − 1)a, so it is
 * positive definite exactly when −1/(n − 1) &lt; a &lt; 1.
 *
 * @param dimX dx ≥ 1
 * @param dimY dy ≥ 1
 * @param correlation a, in (−1/(dx + dy − 1), 1)
 */
public record DenseGaussianOptions(int dimX, int dimY, double correlation) {
  static final String COMPONENT = "dataset '" + DenseGaussianFactory.NAME + "'";

  /** The accepted properties (besides the transforms). */
  public static final List<OptionSpec> SPECS =
      List.of(
          new OptionSpec("dim-x", "2", "dimension of X"),
          new OptionSpec("dim-y", "2", "dimension of Y"),
          new OptionSpec(
              "correlation",
              "0.5",
              "correlation of every pair of distinct coordinates, in (-1/(dim-x + dim-y - 1), 1)"));

  public DenseGaussianOptions {
    if (dimX < 1 || dimY < 1) {
      throw new IllegalArgumentException(
          "dim-x and dim-y must be at least 1, found " + dimX + " and " + dimY);
    }
    double lowest = -1.0 / (dimX + dimY - 1);
    if (!(correlation > lowest && correlation < 1.0)) {
      throw new IllegalArgumentException(
          "correlation must be in ("
              + lowest
              + ", 1) for the matrix to be positive definite, found "
              + correlation);
    }
  }

  /** 2 × 2 with correlation 0.5 (bmi's {@code multinormal-dense-2-2-0.5}, I ≈ 0.2939 nats). */
  public static DenseGaussianOptions defaults() {
    return new DenseGaussianOptions(2, 2, 0.5);
  }

  /** Σ = (1 − a)I + a11ᵀ over the dx + dy coordinates. */
  public double[][] covariance() {
    int n = dimX + dimY;
    double[][] c = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        c[i][j] = i == j ? 1.0 : correlation;
      }
    }
    return c;
  }

  /**
   * I = ½[ln D(dx) + ln D(dy) − ln D(dx + dy)] with D(n) = det((1 − a)I_n + a11ᵀ) = (1 − a)^{n−1}(1
   * + (n − 1)a) (SPEC §4).
   */
  public double mutualInformation() {
    return 0.5 * (logDet(dimX) + logDet(dimY) - logDet(dimX + dimY));
  }

  private double logDet(int n) {
    return (n - 1) * Math.log1p(-correlation) + Math.log1p((n - 1) * correlation);
  }

  /** Reads the properties; INVALID_OPTIONS naming the option on a bad value. */
  public static DenseGaussianOptions fromProperties(Map<String, String> properties) {
    requireNonNull(properties, "properties is null");
    OptionValues values = OptionValues.parse(COMPONENT, SPECS, properties);
    int dimX = values.intValue("dim-x");
    int dimY = values.intValue("dim-y");
    double correlation = values.doubleValue("correlation");
    try {
      return new DenseGaussianOptions(dimX, dimY, correlation);
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }

  /** The properties {@link #fromProperties} reads back. */
  public Map<String, String> toProperties() {
    return GaussianProperties.of(dimX, dimY, "correlation", Double.toString(correlation));
  }
}
