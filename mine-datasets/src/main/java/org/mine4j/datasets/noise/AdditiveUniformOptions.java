package org.mine4j.datasets.noise;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;
import org.mine4j.datasets.internal.OrderedProperties;

/**
 * Validated options of the {@code additive-uniform} dataset: the noise half-width ε and the number
 * d of independent copies. As properties: {@code epsilon} (finite, &gt; 0, default 0.1) and {@code
 * dim} (at least 1, default 1); {@link #toProperties()} writes both and {@link #fromProperties}
 * reads them back.
 *
 * @param epsilon ε, the half-width of the uniform noise
 * @param dim d, the number of independent (x_j, y_j) pairs
 */
public record AdditiveUniformOptions(double epsilon, int dim) {
  static final String COMPONENT = "dataset '" + AdditiveUniformFactory.NAME + "'";

  /** The accepted properties. */
  public static final List<OptionSpec> SPECS =
      List.of(
          new OptionSpec("epsilon", "0.1", "half-width of the uniform noise added to X, > 0"),
          new OptionSpec("dim", "1", "number of independent (X, Y) pairs; MI scales with it"));

  public AdditiveUniformOptions {
    if (!(epsilon > 0.0) || Double.isInfinite(epsilon)) {
      throw new IllegalArgumentException("epsilon must be finite and > 0, found " + epsilon);
    }
    if (dim < 1) {
      throw new IllegalArgumentException("dim must be at least 1, found " + dim);
    }
  }

  /** ε = 0.1, d = 1 (I = 0.1 − ln 0.2 ≈ 1.7094 nats). */
  public static AdditiveUniformOptions defaults() {
    return new AdditiveUniformOptions(0.1, 1);
  }

  /** A copy with half-width {@code epsilon}. */
  public AdditiveUniformOptions withEpsilon(double epsilon) {
    return new AdditiveUniformOptions(epsilon, dim);
  }

  /** A copy with {@code dim} independent pairs. */
  public AdditiveUniformOptions withDim(int dim) {
    return new AdditiveUniformOptions(epsilon, dim);
  }

  /**
   * The exact I(X;Y) = d·(ε − ln 2ε) for ε ≤ ½ and d/(4ε) for ε ≥ ½, in nats (SPEC §4); the two
   * branches meet at ε = ½ with value ½ per pair.
   */
  public double mutualInformation() {
    double perPair = epsilon <= 0.5 ? epsilon - Math.log(2.0 * epsilon) : 0.25 / epsilon;
    return dim * perPair;
  }

  /**
   * Reads {@code epsilon} and {@code dim}.
   *
   * @throws org.mine4j.api.MineException INVALID_OPTIONS for an unknown name or a bad value
   */
  public static AdditiveUniformOptions fromProperties(Map<String, String> properties) {
    requireNonNull(properties, "properties is null");
    OptionValues values = OptionValues.parse(COMPONENT, SPECS, properties);
    double epsilon = values.doubleValue("epsilon");
    int dim = values.intValue("dim");
    try {
      return new AdditiveUniformOptions(epsilon, dim);
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }

  /** {@code epsilon} and {@code dim} as flat properties. */
  public Map<String, String> toProperties() {
    return OrderedProperties.of("epsilon", Double.toString(epsilon), "dim", Integer.toString(dim));
  }
}
