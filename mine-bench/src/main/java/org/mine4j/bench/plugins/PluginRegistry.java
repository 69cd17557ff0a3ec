package org.mine4j.bench.plugins;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.mine4j.api.spi.ComponentFactory;
import org.mine4j.api.spi.DatasetFactory;
import org.mine4j.api.spi.EstimatorFactory;
import org.mine4j.api.spi.ExperimentFactory;
import org.mine4j.api.spi.MinePlugin;
import org.mine4j.api.spi.NetworkFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discovers {@link MinePlugin}s through {@link ServiceLoader} and collects their factories by name,
 * loudly and strictly: each registration is logged, and no plugins at all or two plugins
 * registering the same name for the same kind fail with a {@link MineException} naming the plugins.
 * The result feeds the Guice injector ({@link ComponentsModule}).
 */
public final class PluginRegistry {
  private static final Logger log = LoggerFactory.getLogger(PluginRegistry.class);

  private final List<String> pluginNames;
  private final Map<String, String> pluginJars;
  private final Map<String, EstimatorFactory> estimators;
  private final Map<String, DatasetFactory> datasets;
  private final Map<String, ExperimentFactory> experiments;
  private final Map<String, NetworkFactory> networks;

  private PluginRegistry(List<MinePlugin> plugins) {
    List<String> names = new ArrayList<>();
    Map<String, String> jars = new LinkedHashMap<>();
    for (MinePlugin plugin : plugins) {
      names.add(
          requireNonNull(plugin.name(), "plugin name is null: " + plugin.getClass().getName()));
      PluginClassLoader.jarOf(plugin).ifPresent(jar -> jars.put(plugin.name(), jar));
    }
    this.pluginNames = List.copyOf(names);
    this.pluginJars = java.util.Collections.unmodifiableMap(jars);
    this.estimators = collect(plugins, "estimator", MinePlugin::estimators);
    this.datasets = collect(plugins, "dataset", MinePlugin::datasets);
    this.experiments = collect(plugins, "experiment", MinePlugin::experiments);
    this.networks = collect(plugins, "network", MinePlugin::networks);
  }

  /**
   * Loads every plugin visible to the class loader.
   *
   * @throws MineException UNKNOWN_COMPONENT when there is none, DUPLICATE_COMPONENT for a name
   *     registered twice
   */
  public static PluginRegistry discover(ClassLoader classLoader) {
    List<MinePlugin> plugins = new ArrayList<>();
    try {
      for (MinePlugin plugin : ServiceLoader.load(MinePlugin.class, classLoader)) {
        log.info("found plugin '{}' ({})", plugin.name(), plugin.getClass().getName());
        plugins.add(plugin);
      }
    } catch (ServiceConfigurationError | LinkageError e) {
      throw MineException.invalidOptions(
          "cannot load a mine4j plugin: "
              + e.getMessage()
              + "; check that the plugin's jar and every jar it needs are on the class path or in"
              + " the plugin directory, built for Java 17");
    }
    return of(plugins);
  }

  /**
   * Loads every plugin on the class path of {@code parent} and in the jars of the plugin
   * directories.
   *
   * @throws MineException INVALID_OPTIONS for a bad plugin directory, DUPLICATE_COMPONENT for a
   *     name registered twice (a plugin jar reusing a built-in name, say)
   */
  public static PluginRegistry discover(ClassLoader parent, PluginDirectories directories) {
    requireNonNull(directories, "directories is null");
    return discover(directories.isEmpty() ? parent : directories.loader(parent));
  }

  /**
   * Registers the given plugins (in order).
   *
   * @throws MineException UNKNOWN_COMPONENT when the list is empty, DUPLICATE_COMPONENT for a name
   *     registered twice
   */
  public static PluginRegistry of(List<? extends MinePlugin> plugins) {
    requireNonNull(plugins, "plugins is null");
    if (plugins.isEmpty()) {
      throw new MineException(
          ErrorCode.UNKNOWN_COMPONENT,
          "no mine4j plugins found on the class path (no META-INF/services/"
              + MinePlugin.class.getName()
              + "); put mine-estimators and mine-datasets on the class path, e.g. run ./mine4j from"
              + " the repository root");
    }
    return new PluginRegistry(List.copyOf(plugins));
  }

  /** The names of the registered plugins, in discovery order. */
  public List<String> pluginNames() {
    return pluginNames;
  }

  public Map<String, EstimatorFactory> estimators() {
    return estimators;
  }

  public Map<String, DatasetFactory> datasets() {
    return datasets;
  }

  public Map<String, ExperimentFactory> experiments() {
    return experiments;
  }

  public Map<String, NetworkFactory> networks() {
    return networks;
  }

  private static <F extends ComponentFactory<?>> Map<String, F> collect(
      List<MinePlugin> plugins, String kind, Function<MinePlugin, List<F>> contributions) {
    Map<String, F> byName = new LinkedHashMap<>();
    Map<String, MinePlugin> owner = new LinkedHashMap<>();
    for (MinePlugin plugin : plugins) {
      for (F factory :
          requireNonNull(
              contributions.apply(plugin), plugin.name() + " returned null " + kind + "s")) {
        String name =
            requireNonNull(
                factory.name(), "a " + kind + " factory of " + plugin.name() + " has no name");
        MinePlugin previous = owner.putIfAbsent(name, plugin);
        if (previous != null) {
          throw new MineException(
              ErrorCode.DUPLICATE_COMPONENT, clash(kind, name, previous, plugin));
        }
        byName.put(name, factory);
        log.info("registered {} '{}' from plugin '{}'", kind, name, plugin.name());
      }
    }
    return Map.copyOf(byName);
  }

  /**
   * Two plugins register one name: say which, and for a plugin from a plugin directory its jar and
   * that the plugin must rename its component (built-in names are taken).
   */
  private static String clash(String kind, String name, MinePlugin first, MinePlugin second) {
    String message =
        kind
            + " '"
            + name
            + "' is registered twice: by plugin '"
            + first.name()
            + "'"
            + PluginClassLoader.jarOf(first).map(jar -> " (" + jar + ")").orElse("")
            + " and by plugin '"
            + second.name()
            + "'"
            + PluginClassLoader.jarOf(second).map(jar -> " (" + jar + ")").orElse("");
    boolean fromDirectory =
        PluginClassLoader.jarOf(first).isPresent() || PluginClassLoader.jarOf(second).isPresent();
    return message
        + (fromDirectory
            ? "; a plugin may not reuse a name that is already registered: rename its " + kind
            : "; remove one of them from the class path");
  }

  /** The jar each plugin from a plugin directory came from, by plugin name, in discovery order. */
  public Map<String, String> pluginJars() {
    return pluginJars;
  }
}
