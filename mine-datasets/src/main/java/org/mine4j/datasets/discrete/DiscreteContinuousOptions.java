package org.mine4j.datasets.discrete;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;
import org.mine4j.datasets.internal.OrderedProperties;

/**
 * Validated options of the {@code discrete-continuous} dataset: the number m of values of X and the
 * width w of the uniform Y | X. As properties: {@code categories} (2 to 65,536, default 4; the cap
 * keeps integers and their neighbourhood representable in float32) and {@code width} (finite, &gt;
 * 0, default 2).
 *
 * @param categories m: X is uniform on {0, …, m−1}
 * @param width w: Y | X ~ U(X, X + w)
 */
public record DiscreteContinuousOptions(int categories, double width) {
  /** The largest m: floats near 2^16 are still spaced 1/128 apart. */
  public static final int MAX_CATEGORIES = 65_536;

  static final String COMPONENT = "dataset '" + DiscreteContinuousFactory.NAME + "'";

  /** The accepted properties. */
  public static final List<OptionSpec> SPECS =
      List.of(
          new OptionSpec("categories", "4", "number m of values 0..m-1 of X, 2 to 65536"),
          new OptionSpec("width", "2", "width w > 0 of the uniform Y | X ~ U(X, X + w)"));

  public DiscreteContinuousOptions {
    if (categories < 2 || categories > MAX_CATEGORIES) {
      throw new IllegalArgumentException(
          "categories must be between 2 and " + MAX_CATEGORIES + ", found " + categories);
    }
    if (!(width > 0.0) || Double.isInfinite(width)) {
      throw new IllegalArgumentException("width must be finite and > 0, found " + width);
    }
  }

  /** m = 4, w = 2 (overlapping supports, I ≈ 0.8664 nats). */
  public static DiscreteContinuousOptions defaults() {
    return new DiscreteContinuousOptions(4, 2.0);
  }

  /** A copy with {@code categories} values of X. */
  public DiscreteContinuousOptions withCategories(int categories) {
    return new DiscreteContinuousOptions(categories, width);
  }

  /** A copy with width {@code width}. */
  public DiscreteContinuousOptions withWidth(double width) {
    return new DiscreteContinuousOptions(categories, width);
  }

  /** The exact I(X;Y) in nats; see {@link DiscreteContinuousTruth}. */
  public double mutualInformation() {
    return DiscreteContinuousTruth.mutualInformation(categories, width);
  }

  /**
   * Reads {@code categories} and {@code width}.
   *
   * @throws org.mine4j.api.MineException INVALID_OPTIONS for an unknown name or a bad value
   */
  public static DiscreteContinuousOptions fromProperties(Map<String, String> properties) {
    requireNonNull(properties, "properties is null");
    OptionValues values = OptionValues.parse(COMPONENT, SPECS, properties);
    int categories = values.intValue("categories");
    double width = values.doubleValue("width");
    try {
      return new DiscreteContinuousOptions(categories, width);
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }

  /** {@code categories} and {@code width} as flat properties. */
  public Map<String, String> toProperties() {
    return OrderedProperties.of(
        "categories", Integer.toString(categories), "width", Double.toString(width));
  }
}
