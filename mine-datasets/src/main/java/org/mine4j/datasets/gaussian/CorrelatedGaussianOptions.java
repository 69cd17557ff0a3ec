package org.mine4j.datasets.gaussian;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;

/**
 * Validated options of the {@code correlated-gaussian} dataset: the dimension d of each side and
 * the componentwise correlation ρ.
 *
 * <p>As properties: {@code dim} (default 1) and either {@code rho} (in (−1, 1), default 0.5 when
 * neither is given) or {@code mi}, the target mutual information I ≥ 0 in nats, which sets ρ = √(1
 * − e^{−2I/d}) (SPEC §4); giving both is an error. {@link #toProperties()} always writes {@code
 * dim} and {@code rho} (ρ in full precision, so the same samples come back); the exact MI is in
 * {@link #mutualInformation()}.
 *
 * @param dim d, the dimension of X and of Y (at least 1)
 * @param rho ρ, the correlation of each pair (x_j, y_j), in (−1, 1)
 */
public record CorrelatedGaussianOptions(int dim, double rho) {
  /** The component name used in error messages. */
  static final String COMPONENT = "dataset '" + CorrelatedGaussianFactory.NAME + "'";

  /** The accepted properties. */
  public static final List<OptionSpec> SPECS =
      List.of(
          new OptionSpec("dim", "1", "dimension d of X and of Y"),
          new OptionSpec(
              "rho", "0.5", "correlation of each pair (x_j, y_j), in (-1, 1); not with mi"),
          new OptionSpec(
              "mi",
              "",
              "target mutual information in nats; sets rho = sqrt(1 - exp(-2 mi / dim))"));

  public CorrelatedGaussianOptions {
    if (dim < 1) {
      throw new IllegalArgumentException("dim must be at least 1, found " + dim);
    }
    if (!(rho > -1.0 && rho < 1.0)) {
      throw new IllegalArgumentException("rho must be in (-1, 1), found " + rho);
    }
  }

  /** d = 1, ρ = 0.5 (I = −½ ln 0.75 ≈ 0.1438 nats). */
  public static CorrelatedGaussianOptions defaults() {
    return new CorrelatedGaussianOptions(1, 0.5);
  }

  /**
   * The options whose exact mutual information is {@code mi} nats in {@code dim} dimensions: ρ =
   * √(1 − e^{−2I/d}), computed as √(−expm1(−2I/d)) so small I keeps its precision.
   *
   * @throws IllegalArgumentException if mi is negative or not finite, or so large that ρ rounds to
   *     1 in double precision (beyond about 18 nats per dimension)
   */
  public static CorrelatedGaussianOptions ofMutualInformation(int dim, double mi) {
    if (dim < 1) {
      throw new IllegalArgumentException("dim must be at least 1, found " + dim);
    }
    if (!(mi >= 0.0) || Double.isInfinite(mi)) {
      throw new IllegalArgumentException("mi must be a finite number >= 0 nats, found " + mi);
    }
    double rho = Math.sqrt(-Math.expm1(-2.0 * mi / dim));
    if (rho >= 1.0) {
      throw new IllegalArgumentException(
          "mi = "
              + mi
              + " nats is too large for dim = "
              + dim
              + ": the correlation rounds to 1; use at most about 18 nats per dimension");
    }
    return new CorrelatedGaussianOptions(dim, rho);
  }

  /** A copy with dimension {@code dim}. */
  public CorrelatedGaussianOptions withDim(int dim) {
    return new CorrelatedGaussianOptions(dim, rho);
  }

  /** A copy with correlation {@code rho}. */
  public CorrelatedGaussianOptions withRho(double rho) {
    return new CorrelatedGaussianOptions(dim, rho);
  }

  /** The exact I(X;Y) = −(d/2) ln(1 − ρ²) in nats (SPEC §4), via log1p for precision. */
  public double mutualInformation() {
    return -0.5 * dim * Math.log1p(-rho * rho);
  }

  /**
   * Reads {@code dim} and {@code rho} or {@code mi} from flat properties.
   *
   * @throws org.mine4j.api.MineException INVALID_OPTIONS for an unknown name, a malformed or
   *     out-of-range value, or both rho and mi
   */
  public static CorrelatedGaussianOptions fromProperties(Map<String, String> properties) {
    requireNonNull(properties, "properties is null");
    OptionValues values = OptionValues.parse(COMPONENT, SPECS, properties);
    int dim = values.intValue("dim");
    boolean hasMi = !values.string("mi").isEmpty();
    try {
      if (hasMi && properties.containsKey("rho")) {
        throw new IllegalArgumentException(
            "give either rho or mi, not both (found rho="
                + values.string("rho")
                + ", mi="
                + values.string("mi")
                + ")");
      }
      return hasMi
          ? ofMutualInformation(dim, values.doubleValue("mi"))
          : new CorrelatedGaussianOptions(dim, values.doubleValue("rho"));
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }

  /** {@code dim} and {@code rho} as flat properties; {@link #fromProperties} reads them back. */
  public Map<String, String> toProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("dim", Integer.toString(dim));
    properties.put("rho", Double.toString(rho));
    return Collections.unmodifiableMap(properties);
  }
}
