package org.mine4j.api.spi;

import java.util.List;
import java.util.Map;
import org.mine4j.api.TrainableEstimator;

/**
 * Makes {@link TrainableEstimator}s: estimators that train a critic. Such a factory accepts the
 * training options {@link #TRAINING_OPTIONS} (with its own defaults), so that a benchmark can give
 * every neural estimator, ours or a plugin's, the same training budget.
 */
public interface TrainableEstimatorFactory extends EstimatorFactory {
  /** The training options every trainable estimator accepts. */
  List<String> TRAINING_OPTIONS = List.of("steps", "batch-size", "learning-rate", "hidden");

  @Override
  TrainableEstimator create(Map<String, String> options);

  @Override
  default TrainableEstimator create(Map<String, String> options, ComponentLookup components) {
    return create(options);
  }
}
