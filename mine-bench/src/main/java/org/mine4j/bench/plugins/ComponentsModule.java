package org.mine4j.bench.plugins;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import java.util.Map;
import org.mine4j.api.spi.DatasetFactory;
import org.mine4j.api.spi.EstimatorFactory;
import org.mine4j.api.spi.ExperimentFactory;
import org.mine4j.api.spi.NetworkFactory;

/**
 * Binds the factories that {@link PluginRegistry} discovered into name-to-factory {@link
 * MapBinder}s, and {@link Components} on top of them. Discovery happens before the module is made;
 * {@link #configure()} only binds.
 */
public final class ComponentsModule extends AbstractModule {
  private final PluginRegistry registry;

  public ComponentsModule(PluginRegistry registry) {
    this.registry = requireNonNull(registry, "registry is null");
  }

  @Override
  protected void configure() {
    bindAll(
        MapBinder.newMapBinder(binder(), String.class, EstimatorFactory.class),
        registry.estimators());
    bindAll(
        MapBinder.newMapBinder(binder(), String.class, DatasetFactory.class), registry.datasets());
    bindAll(
        MapBinder.newMapBinder(binder(), String.class, ExperimentFactory.class),
        registry.experiments());
    bindAll(
        MapBinder.newMapBinder(binder(), String.class, NetworkFactory.class), registry.networks());
    bind(Components.class);
  }

  private static <F> void bindAll(MapBinder<String, F> binder, Map<String, F> factories) {
    factories.forEach((name, factory) -> binder.addBinding(name).toInstance(factory));
  }
}
