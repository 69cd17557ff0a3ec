package org.mine4j.bench.plugins;

import com.google.inject.Binder;
import com.google.inject.Guice;
import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Singleton;
import com.google.inject.Stage;
import java.util.List;
import java.util.Map;
import org.mine4j.api.spi.ComponentLookup;
import org.mine4j.api.spi.DatasetFactory;
import org.mine4j.api.spi.EstimatorFactory;
import org.mine4j.api.spi.ExperimentFactory;
import org.mine4j.api.spi.NetworkFactory;

/**
 * Every registered component factory, by kind and name: what the CLI, the experiments and the
 * estimators look names up in. Made by the one Guice injector ({@link #create}) from the
 * name-to-factory maps of {@link ComponentsModule}.
 */
@Singleton
public final class Components implements ComponentLookup {
  private final ComponentRegistry<EstimatorFactory> estimators;
  private final ComponentRegistry<DatasetFactory> datasets;
  private final ComponentRegistry<ExperimentFactory> experiments;
  private final ComponentRegistry<NetworkFactory> networks;

  @Inject
  Components(
      Map<String, EstimatorFactory> estimators,
      Map<String, DatasetFactory> datasets,
      Map<String, ExperimentFactory> experiments,
      Map<String, NetworkFactory> networks) {
    this.estimators = new ComponentRegistry<>("estimator", estimators);
    this.datasets = new ComponentRegistry<>("dataset", datasets);
    this.experiments = new ComponentRegistry<>("experiment", experiments);
    this.networks = new ComponentRegistry<>("network", networks);
  }

  /**
   * Builds the injector ({@code Stage.PRODUCTION}, explicit bindings only) over the registry's
   * factories.
   */
  public static Components create(PluginRegistry registry) {
    Injector injector =
        Guice.createInjector(
            Stage.PRODUCTION, Binder::requireExplicitBindings, new ComponentsModule(registry));
    return injector.getInstance(Components.class);
  }

  /** Discovers the plugins visible to this class's loader and builds the components. */
  public static Components discover() {
    return create(PluginRegistry.discover(Components.class.getClassLoader()));
  }

  public ComponentRegistry<EstimatorFactory> estimators() {
    return estimators;
  }

  public ComponentRegistry<DatasetFactory> datasets() {
    return datasets;
  }

  public ComponentRegistry<ExperimentFactory> experiments() {
    return experiments;
  }

  public ComponentRegistry<NetworkFactory> networks() {
    return networks;
  }

  @Override
  public EstimatorFactory estimator(String name) {
    return estimators.get(name);
  }

  @Override
  public DatasetFactory dataset(String name) {
    return datasets.get(name);
  }

  @Override
  public NetworkFactory network(String name) {
    return networks.get(name);
  }

  @Override
  public ExperimentFactory experiment(String name) {
    return experiments.get(name);
  }

  @Override
  public List<String> names(Kind kind) {
    return switch (kind) {
      case ESTIMATOR -> estimators.names();
      case DATASET -> datasets.names();
      case NETWORK -> networks.names();
      case EXPERIMENT -> experiments.names();
    };
  }
}
