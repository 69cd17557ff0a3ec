package org.mine4j.api.spi;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Function;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.mine4j.api.options.Suggestions;

/**
 * A {@link ComponentLookup} over a fixed list of plugins, for library code and tests that run
 * without the CLI's composition root: every factory by kind and name, a name registered twice for
 * one kind rejected with {@link ErrorCode#DUPLICATE_COMPONENT}, an unknown name answered with a
 * did-you-mean and the known names.
 */
public final class PluginComponents implements ComponentLookup {
  private final Map<Kind, Map<String, ComponentFactory<?>>> byKind = new EnumMap<>(Kind.class);

  private PluginComponents(List<? extends MinePlugin> plugins) {
    collect(plugins, Kind.ESTIMATOR, MinePlugin::estimators);
    collect(plugins, Kind.DATASET, MinePlugin::datasets);
    collect(plugins, Kind.NETWORK, MinePlugin::networks);
    collect(plugins, Kind.EXPERIMENT, MinePlugin::experiments);
  }

  /**
   * The components of the given plugins.
   *
   * @throws MineException DUPLICATE_COMPONENT when two factories of one kind share a name
   */
  public static PluginComponents of(List<? extends MinePlugin> plugins) {
    return new PluginComponents(List.copyOf(requireNonNull(plugins, "plugins is null")));
  }

  /** The components of every plugin that {@link ServiceLoader} finds with {@code classLoader}. */
  public static PluginComponents discover(ClassLoader classLoader) {
    List<MinePlugin> plugins = new ArrayList<>();
    ServiceLoader.load(MinePlugin.class, classLoader).forEach(plugins::add);
    return of(plugins);
  }

  @Override
  public EstimatorFactory estimator(String name) {
    return (EstimatorFactory) get(Kind.ESTIMATOR, name);
  }

  @Override
  public DatasetFactory dataset(String name) {
    return (DatasetFactory) get(Kind.DATASET, name);
  }

  @Override
  public NetworkFactory network(String name) {
    return (NetworkFactory) get(Kind.NETWORK, name);
  }

  @Override
  public ExperimentFactory experiment(String name) {
    return (ExperimentFactory) get(Kind.EXPERIMENT, name);
  }

  @Override
  public List<String> names(Kind kind) {
    return List.copyOf(byKind.get(kind).keySet());
  }

  private ComponentFactory<?> get(Kind kind, String name) {
    requireNonNull(name, "name is null");
    Map<String, ComponentFactory<?>> factories = byKind.get(kind);
    ComponentFactory<?> factory = factories.get(name);
    if (factory == null) {
      String known =
          factories.isEmpty() ? "(none registered)" : String.join(", ", factories.keySet());
      String suggestion = Suggestions.didYouMean(name, factories.keySet());
      throw new MineException(
          ErrorCode.UNKNOWN_COMPONENT,
          "unknown "
              + kind.noun()
              + " '"
              + name
              + "'"
              + (suggestion.isEmpty() ? ";" : suggestion)
              + " known: "
              + known);
    }
    return factory;
  }

  private <F extends ComponentFactory<?>> void collect(
      List<? extends MinePlugin> plugins, Kind kind, Function<MinePlugin, List<F>> contributions) {
    Map<String, ComponentFactory<?>> factories = new TreeMap<>();
    Map<String, String> owners = new TreeMap<>();
    for (MinePlugin plugin : plugins) {
      for (F factory : contributions.apply(plugin)) {
        String previous = owners.putIfAbsent(factory.name(), plugin.name());
        if (previous != null) {
          throw new MineException(
              ErrorCode.DUPLICATE_COMPONENT,
              kind.noun()
                  + " '"
                  + factory.name()
                  + "' is registered twice: by plugin '"
                  + previous
                  + "' and by plugin '"
                  + plugin.name()
                  + "'; remove one of them from the class path");
        }
        factories.put(factory.name(), factory);
      }
    }
    byKind.put(kind, factories);
  }
}
