package org.mine4j.datasets.discrete;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;
import org.mine4j.datasets.internal.OrderedProperties;

/**
 * Validated options of the {@code one-hot} dataset: the number d of categories, as the property
 * {@code categories} (at least 2, default 4).
 *
 * @param categories d, the number of one-hot vectors (and the dimension of X and of Y)
 */
public record OneHotOptions(int categories) {
  static final String COMPONENT = "dataset '" + OneHotFactory.NAME + "'";

  /** The accepted properties. */
  public static final List<OptionSpec> SPECS =
      List.of(new OptionSpec("categories", "4", "number d of one-hot vectors, at least 2"));

  public OneHotOptions {
    if (categories < 2) {
      throw new IllegalArgumentException("categories must be at least 2, found " + categories);
    }
  }

  /** d = 4 (I = ln 4 ≈ 1.3863 nats). */
  public static OneHotOptions defaults() {
    return new OneHotOptions(4);
  }

  /** The exact I(X;Y) = H(X) = ln d nats. */
  public double mutualInformation() {
    return Math.log(categories);
  }

  /**
   * Reads {@code categories}.
   *
   * @throws org.mine4j.api.MineException INVALID_OPTIONS for an unknown name or a bad value
   */
  public static OneHotOptions fromProperties(Map<String, String> properties) {
    requireNonNull(properties, "properties is null");
    OptionValues values = OptionValues.parse(COMPONENT, SPECS, properties);
    int categories = values.intValue("categories");
    try {
      return new OneHotOptions(categories);
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }

  /** {@code categories} as a flat property. */
  public Map<String, String> toProperties() {
    return OrderedProperties.of("categories", Integer.toString(categories));
  }
}
