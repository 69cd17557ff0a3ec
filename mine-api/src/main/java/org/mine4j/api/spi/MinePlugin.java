package org.mine4j.api.spi;

import java.util.List;

/**
 * The ServiceLoader entry point: one per module, listed in {@code
 * META-INF/services/org.mine4j.api.spi.MinePlugin}. Each method returns the factories the module
 * contributes; a module overrides only what it has (as Trino's {@code Plugin} does). Names must be
 * unique across all plugins for each kind; discovery fails loudly on a duplicate.
 */
public interface MinePlugin {
  /** The plugin's name, for logs and error messages (e.g. {@code mine-estimators}). */
  String name();

  default List<EstimatorFactory> estimators() {
    return List.of();
  }

  default List<DatasetFactory> datasets() {
    return List.of();
  }

  default List<ExperimentFactory> experiments() {
    return List.of();
  }

  default List<NetworkFactory> networks() {
    return List.of();
  }
}
