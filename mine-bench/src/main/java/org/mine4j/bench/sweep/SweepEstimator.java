package org.mine4j.bench.sweep;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.TreeMap;
import org.mine4j.api.Estimator;
import org.mine4j.api.spi.ComponentLookup;
import org.mine4j.api.spi.EstimatorFactory;
import org.mine4j.api.spi.TrainableEstimatorFactory;

/**
 * One estimator of a sweep: its label as typed ({@code NAME[:K=V...]}), the registered name, the
 * options it was made with and the estimator itself (shared by all of its runs, as in the other
 * benchmarks).
 *
 * @param label the label runs are keyed and summarised by, e.g. {@code smile:tau=5}
 * @param name the registered factory name, e.g. {@code smile}
 * @param options the options passed to the factory (sorted)
 * @param neural whether the factory is a neural one (standardised, 50/50 split, early stopping)
 * @param estimator the estimator
 */
public record SweepEstimator(
    String label, String name, Map<String, String> options, boolean neural, Estimator estimator) {
  public SweepEstimator {
    requireNonNull(label, "label is null");
    requireNonNull(name, "name is null");
    options = java.util.Collections.unmodifiableMap(new TreeMap<>(options));
    requireNonNull(estimator, "estimator is null");
  }

  /**
   * Makes the estimator with its registered factory, resolving the components its options name in
   * {@code components}.
   *
   * @throws org.mine4j.api.MineException if the name is unknown or the factory rejects the options
   */
  public static SweepEstimator create(
      String label, String name, Map<String, String> options, ComponentLookup components) {
    EstimatorFactory factory = components.estimator(name);
    return new SweepEstimator(
        label,
        name,
        options,
        factory instanceof TrainableEstimatorFactory,
        factory.create(options, components));
  }
}
