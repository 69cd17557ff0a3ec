package org.mine4j.bench.experiments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mine4j.api.Estimator;
import org.mine4j.api.spi.ComponentLookup;
import org.mine4j.api.spi.EstimatorFactory;
import org.mine4j.api.spi.TrainableEstimatorFactory;

/**
 * Makes the estimators an experiment compares: the training settings go to neural estimators
 * ({@link TrainableEstimatorFactory}) only, every other estimator is made with its defaults.
 */
final class EstimatorChoice {
  private EstimatorChoice() {}

  /**
   * @throws org.mine4j.api.MineException UNKNOWN_COMPONENT for an unknown name (with a
   *     did-you-mean), INVALID_OPTIONS for settings an estimator rejects
   */
  static Map<String, Estimator> create(
      ComponentLookup components, List<String> names, NeuralSettings settings) {
    Map<String, Estimator> estimators = new LinkedHashMap<>();
    for (String name : names) {
      EstimatorFactory factory = components.estimator(name);
      Map<String, String> options =
          factory instanceof TrainableEstimatorFactory ? settings.toProperties() : Map.of();
      estimators.put(name, factory.create(options, components));
    }
    return estimators;
  }
}
