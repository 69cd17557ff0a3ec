package org.mine4j.estimators.options;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An estimator by its registered name with the options it should be made with, as the flat
 * kebab-case properties its {@link org.mine4j.api.spi.EstimatorFactory} takes ({@code steps=2000},
 * {@code tau=5}). Options left out take the factory's defaults. The typed builders of {@link
 * Estimators} implement it; {@link #of} wraps a name and a map, e.g. for a third-party estimator.
 */
public interface EstimatorOptions {
  /** The registered estimator name, e.g. {@code mine}. */
  String estimator();

  /** The options set so far, in the order they were set (an unmodifiable copy). */
  Map<String, String> toProperties();

  /**
   * A plain name and map (copied), for estimators without a typed builder.
   *
   * @param estimator the registered name
   * @param properties flat kebab-case options
   */
  static EstimatorOptions of(String estimator, Map<String, String> properties) {
    requireNonNull(estimator, "estimator is null");
    Map<String, String> copy =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(requireNonNull(properties, "properties is null")));
    return new EstimatorOptions() {
      @Override
      public String estimator() {
        return estimator;
      }

      @Override
      public Map<String, String> toProperties() {
        return copy;
      }

      @Override
      public String toString() {
        return OptionText.describe(estimator, copy);
      }
    };
  }
}
