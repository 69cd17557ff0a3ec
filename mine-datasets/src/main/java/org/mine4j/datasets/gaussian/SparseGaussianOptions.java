package org.mine4j.datasets.gaussian;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;

/**
 * Validated options of the {@code sparse-gaussian} dataset: dimensions dx, dy ≥ 2 and the
 * correlation ρ of the two interacting pairs (x_0, y_0) and (x_1, y_1).
 *
 * <p>Properties {@code dim-x}, {@code dim-y} (default 2 each) and {@code correlation} (default 0.8,
 * bmi's λ²/(λ² + 1) with λ = 2).
 *
 * @param dimX dx ≥ 2
 * @param dimY dy ≥ 2
 * @param correlation ρ in (−1, 1)
 */
public record SparseGaussianOptions(int dimX, int dimY, double correlation) {
  static final String COMPONENT = "dataset '" + SparseGaussianFactory.NAME + "'";

  /** The accepted properties (besides the transforms). */
  public static final List<OptionSpec> SPECS =
      List.of(
          new OptionSpec("dim-x", "2", "dimension of X, at least 2"),
          new OptionSpec("dim-y", "2", "dimension of Y, at least 2"),
          new OptionSpec(
              "correlation", "0.8", "correlation of the pairs (x0, y0) and (x1, y1), in (-1, 1)"));

  public SparseGaussianOptions {
    if (dimX < 2 || dimY < 2) {
      throw new IllegalArgumentException(
          "dim-x and dim-y must be at least 2 (two interacting pairs), found "
              + dimX
              + " and "
              + dimY);
    }
    if (!(correlation > -1.0 && correlation < 1.0)) {
      throw new IllegalArgumentException("correlation must be in (-1, 1), found " + correlation);
    }
  }

  /** 2 × 2 with ρ = 0.8 (I = ln(1/0.36) ≈ 1.0217 nats). */
  public static SparseGaussianOptions defaults() {
    return new SparseGaussianOptions(2, 2, 0.8);
  }

  /** Σ = I with Σ[k][dx + k] = Σ[dx + k][k] = ρ for k = 0, 1. */
  public double[][] covariance() {
    int n = dimX + dimY;
    double[][] c = new double[n][n];
    for (int i = 0; i < n; i++) {
      c[i][i] = 1.0;
    }
    for (int k = 0; k < 2; k++) {
      c[k][dimX + k] = correlation;
      c[dimX + k][k] = correlation;
    }
    return c;
  }

  /** I = 2·(−½ ln(1 − ρ²)) = −ln(1 − ρ²), whatever the dimensions (SPEC §4). */
  public double mutualInformation() {
    return -Math.log1p(-correlation * correlation);
  }

  /** Reads the properties; INVALID_OPTIONS naming the option on a bad value. */
  public static SparseGaussianOptions fromProperties(Map<String, String> properties) {
    requireNonNull(properties, "properties is null");
    OptionValues values = OptionValues.parse(COMPONENT, SPECS, properties);
    int dimX = values.intValue("dim-x");
    int dimY = values.intValue("dim-y");
    double correlation = values.doubleValue("correlation");
    try {
      return new SparseGaussianOptions(dimX, dimY, correlation);
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }

  /** The properties {@link #fromProperties} reads back. */
  public Map<String, String> toProperties() {
    return GaussianProperties.of(dimX, dimY, "correlation", Double.toString(correlation));
  }
}
