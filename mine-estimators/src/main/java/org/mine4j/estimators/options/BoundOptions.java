package org.mine4j.estimators.options;

import java.util.Map;

/**
 * Options of a neural estimator whose bound has no options of its own: {@code dv}, {@code nwj},
 * {@code infonce} and {@code js} (see {@link Estimators} for the bounds and their papers).
 */
public final class BoundOptions extends NeuralOptions<BoundOptions> {
  BoundOptions(String estimator, Map<String, String> properties) {
    super(estimator, properties);
  }

  @Override
  BoundOptions copy(Map<String, String> newProperties) {
    return new BoundOptions(estimator(), newProperties);
  }
}
