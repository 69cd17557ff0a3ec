package org.mine4j.datasets.gaussian;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;
import org.mine4j.datasets.internal.Cholesky;

/**
 * Validated options of the {@code gaussian} dataset: dimensions dx, dy and the covariance Σ of (X,
 * Y), symmetric positive definite (checked by a Cholesky factorisation).
 *
 * <p>Properties {@code dim-x}, {@code dim-y} (default 1 each) and {@code covariance}, rows
 * separated by {@code ;} and entries by {@code ,}, e.g. {@code 1,0.5;0.5,1} (the default).
 *
 * @param dimX dx ≥ 1
 * @param dimY dy ≥ 1
 * @param covariance Σ, (dx + dy) × (dx + dy); copied in and out
 */
public record GaussianOptions(int dimX, int dimY, double[][] covariance) {
  static final String COMPONENT = "dataset '" + GaussianFactory.NAME + "'";

  /** The accepted properties (besides the transforms). */
  public static final List<OptionSpec> SPECS =
      List.of(
          new OptionSpec("dim-x", "1", "dimension of X (the first dim-x coordinates)"),
          new OptionSpec("dim-y", "1", "dimension of Y (the last dim-y coordinates)"),
          new OptionSpec(
              "covariance",
              "1,0.5;0.5,1",
              "symmetric positive definite covariance of (X, Y): rows separated by ';',"
                  + " entries by ','"));

  public GaussianOptions {
    requireNonNull(covariance, "covariance is null");
    if (dimX < 1 || dimY < 1) {
      throw new IllegalArgumentException(
          "dim-x and dim-y must be at least 1, found " + dimX + " and " + dimY);
    }
    int n = dimX + dimY;
    covariance = copy(covariance);
    if (covariance.length != n) {
      throw new IllegalArgumentException(
          "covariance must have dim-x + dim-y = " + n + " rows, found " + covariance.length);
    }
    for (int i = 0; i < n; i++) {
      if (covariance[i].length != n) {
        throw new IllegalArgumentException(
            "covariance row " + i + " has " + covariance[i].length + " entries, expected " + n);
      }
      for (int j = 0; j < i; j++) {
        double a = covariance[i][j];
        double b = covariance[j][i];
        if (Math.abs(a - b) > 1e-12 * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)))) {
          throw new IllegalArgumentException(
              "covariance must be symmetric: entry ("
                  + i
                  + ", "
                  + j
                  + ") is "
                  + a
                  + " but ("
                  + j
                  + ", "
                  + i
                  + ") is "
                  + b);
        }
      }
    }
    try {
      Cholesky.of(covariance);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("covariance: " + e.getMessage(), e);
    }
  }

  @Override
  public double[][] covariance() {
    return copy(covariance);
  }

  /** I = ½[ln det Σ_XX + ln det Σ_YY − ln det Σ]. */
  public double mutualInformation() {
    return new org.mine4j.datasets.internal.SplitNormal(dimX, dimY, covariance).mutualInformation();
  }

  /** Reads the properties; INVALID_OPTIONS naming the option on a bad value. */
  public static GaussianOptions fromProperties(Map<String, String> properties) {
    requireNonNull(properties, "properties is null");
    OptionValues values = OptionValues.parse(COMPONENT, SPECS, properties);
    int dimX = values.intValue("dim-x");
    int dimY = values.intValue("dim-y");
    try {
      return new GaussianOptions(dimX, dimY, parseMatrix(values.string("covariance")));
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }

  /** The properties {@link #fromProperties} reads back (entries in full precision). */
  public Map<String, String> toProperties() {
    StringJoiner rows = new StringJoiner(";");
    for (double[] row : covariance) {
      StringJoiner entries = new StringJoiner(",");
      for (double v : row) {
        entries.add(Double.toString(v));
      }
      rows.add(entries.toString());
    }
    return GaussianProperties.of(dimX, dimY, "covariance", rows.toString());
  }

  static double[][] parseMatrix(String text) {
    String[] rows = text.trim().split(";");
    double[][] m = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      String[] entries = rows[i].trim().split(",");
      m[i] = new double[entries.length];
      for (int j = 0; j < entries.length; j++) {
        try {
          m[i][j] = Double.parseDouble(entries[j].trim());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "covariance entry ("
                  + i
                  + ", "
                  + j
                  + ") is not a number: '"
                  + entries[j].trim()
                  + "'; write rows separated by ';' and entries by ',', e.g. 1,0.5;0.5,1");
        }
      }
    }
    return m;
  }

  private static double[][] copy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = requireNonNull(m[i], "covariance row is null").clone();
    }
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GaussianOptions other
        && dimX == other.dimX
        && dimY == other.dimY
        && Arrays.deepEquals(covariance, other.covariance);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * dimX + dimY) + Arrays.deepHashCode(covariance);
  }

  @Override
  public String toString() {
    return "GaussianOptions" + toProperties();
  }
}
