package org.mine4j.datasets.nonlinear;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;
import org.mine4j.datasets.internal.OrderedProperties;

/**
 * Validated options of the {@code nonlinear} dataset. As properties: {@code function} ({@code x},
 * {@code cube} or {@code sin}; default {@code x}), {@code sigma} (the noise scale, 0.001 to 1000,
 * default 0.3; the lower bound keeps the quadrature of the exact MI under a second) and {@code dim}
 * (at least 1, default 1).
 *
 * @param function f, applied to each coordinate
 * @param sigma σ, the standard deviation of the Gaussian noise
 * @param dim d, the dimension of X and of Y
 */
public record NonlinearOptions(NonlinearFunction function, double sigma, int dim) {
  /** The smallest and largest accepted σ. */
  public static final double MIN_SIGMA = 1e-3;

  public static final double MAX_SIGMA = 1e3;

  static final String COMPONENT = "dataset '" + NonlinearFactory.NAME + "'";

  /** The accepted properties. */
  public static final List<OptionSpec> SPECS =
      List.of(
          new OptionSpec("function", "x", "f applied per coordinate: x, cube or sin"),
          new OptionSpec("sigma", "0.3", "standard deviation of the noise, 0.001 to 1000"),
          new OptionSpec("dim", "1", "dimension d of X and of Y; MI scales with it"));

  public NonlinearOptions {
    requireNonNull(function, "function is null");
    if (!(sigma >= MIN_SIGMA && sigma <= MAX_SIGMA)) {
      throw new IllegalArgumentException(
          "sigma must be between " + MIN_SIGMA + " and " + MAX_SIGMA + ", found " + sigma);
    }
    if (dim < 1) {
      throw new IllegalArgumentException("dim must be at least 1, found " + dim);
    }
  }

  /** f = x, σ = 0.3, d = 1 (I ≈ 0.749 nats). */
  public static NonlinearOptions defaults() {
    return new NonlinearOptions(NonlinearFunction.IDENTITY, 0.3, 1);
  }

  /** A copy with function {@code function}. */
  public NonlinearOptions withFunction(NonlinearFunction function) {
    return new NonlinearOptions(function, sigma, dim);
  }

  /** A copy with noise scale {@code sigma}. */
  public NonlinearOptions withSigma(double sigma) {
    return new NonlinearOptions(function, sigma, dim);
  }

  /** A copy with dimension {@code dim}. */
  public NonlinearOptions withDim(int dim) {
    return new NonlinearOptions(function, sigma, dim);
  }

  /**
   * Reads {@code function}, {@code sigma} and {@code dim}.
   *
   * @throws org.mine4j.api.MineException INVALID_OPTIONS for an unknown name or a bad value
   */
  public static NonlinearOptions fromProperties(Map<String, String> properties) {
    requireNonNull(properties, "properties is null");
    OptionValues values = OptionValues.parse(COMPONENT, SPECS, properties);
    String function = values.choice("function", NonlinearFunction.optionNames());
    double sigma = values.doubleValue("sigma");
    int dim = values.intValue("dim");
    try {
      return new NonlinearOptions(NonlinearFunction.ofOptionName(function), sigma, dim);
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }

  /** {@code function}, {@code sigma} and {@code dim} as flat properties. */
  public Map<String, String> toProperties() {
    return OrderedProperties.of(
        "function",
        function.optionName(),
        "sigma",
        Double.toString(sigma),
        "dim",
        Integer.toString(dim));
  }
}
