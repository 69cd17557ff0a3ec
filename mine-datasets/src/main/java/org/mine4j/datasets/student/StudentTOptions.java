package org.mine4j.datasets.student;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;

/**
 * Validated options of the {@code student-t} dataset: dimensions dx, dy, the degrees of freedom ν
 * and the correlation ρ of each scale-matrix pair (x_i, y_i), i &lt; min(dx, dy).
 *
 * <p>Properties {@code dim-x}, {@code dim-y} (default 1 each), {@code dof} (a positive integer,
 * default 1: the Cauchy case) and {@code correlation} (in (−1, 1), default 0: identity scale
 * matrix, bmi's {@code student-identity-*}).
 *
 * @param dimX dx ≥ 1
 * @param dimY dy ≥ 1
 * @param dof ν ≥ 1
 * @param correlation ρ in (−1, 1)
 */
public record StudentTOptions(int dimX, int dimY, int dof, double correlation) {
  static final String COMPONENT = "dataset '" + StudentTFactory.NAME + "'";

  /** The accepted properties (besides the transforms). */
  public static final List<OptionSpec> SPECS =
      List.of(
          new OptionSpec("dim-x", "1", "dimension of X"),
          new OptionSpec("dim-y", "1", "dimension of Y"),
          new OptionSpec("dof", "1", "degrees of freedom nu, a positive integer (1: Cauchy)"),
          new OptionSpec(
              "correlation",
              "0",
              "scale-matrix correlation of each pair (x_i, y_i), in (-1, 1); 0 is the identity"));

  public StudentTOptions {
    if (dimX < 1 || dimY < 1) {
      throw new IllegalArgumentException(
          "dim-x and dim-y must be at least 1, found " + dimX + " and " + dimY);
    }
    if (dof < 1) {
      throw new IllegalArgumentException("dof must be a positive integer, found " + dof);
    }
    if (!(correlation > -1.0 && correlation < 1.0)) {
      throw new IllegalArgumentException("correlation must be in (-1, 1), found " + correlation);
    }
  }

  /** 1 × 1, ν = 1, identity scale (I ≈ 0.2242 nats, SPEC §4). */
  public static StudentTOptions defaults() {
    return new StudentTOptions(1, 1, 1, 0.0);
  }

  /** The scale matrix Σ = I with Σ[i][dx + i] = Σ[dx + i][i] = ρ for i &lt; min(dx, dy). */
  public double[][] scale() {
    int n = dimX + dimY;
    double[][] s = new double[n][n];
    for (int i = 0; i < n; i++) {
      s[i][i] = 1.0;
    }
    for (int i = 0; i < Math.min(dimX, dimY); i++) {
      s[i][dimX + i] = correlation;
      s[dimX + i][i] = correlation;
    }
    return s;
  }

  /** Reads the properties; INVALID_OPTIONS naming the option on a bad value. */
  public static StudentTOptions fromProperties(Map<String, String> properties) {
    requireNonNull(properties, "properties is null");
    OptionValues values = OptionValues.parse(COMPONENT, SPECS, properties);
    int dimX = values.intValue("dim-x");
    int dimY = values.intValue("dim-y");
    int dof = values.intValue("dof");
    double correlation = values.doubleValue("correlation");
    try {
      return new StudentTOptions(dimX, dimY, dof, correlation);
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }

  /** The properties {@link #fromProperties} reads back. */
  public Map<String, String> toProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("dim-x", Integer.toString(dimX));
    properties.put("dim-y", Integer.toString(dimY));
    properties.put("dof", Integer.toString(dof));
    properties.put("correlation", Double.toString(correlation));
    return Collections.unmodifiableMap(properties);
  }
}
