package org.mine4j.estimators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.mine4j.api.options.Suggestions;
import org.mine4j.api.spi.EstimatorFactory;
import org.mine4j.api.spi.MinePlugin;

/**
 * The estimator factories of every {@link MinePlugin} that {@link ServiceLoader} finds beside this
 * class, by name, found once. An unknown name fails with a did-you-mean and the known names, a name
 * two plugins register with both plugins' names.
 */
final class EstimatorLookup {
  private EstimatorLookup() {}

  /** Loaded on first use (the holder idiom), then fixed. */
  private static final class Registered {
    static final Map<String, EstimatorFactory> FACTORIES = load();
  }

  static EstimatorFactory factory(String name) {
    EstimatorFactory factory = Registered.FACTORIES.get(name);
    if (factory == null) {
      List<String> known = List.copyOf(Registered.FACTORIES.keySet());
      String suggestion = Suggestions.didYouMean(name, known);
      throw new MineException(
          ErrorCode.UNKNOWN_COMPONENT,
          "unknown estimator '"
              + name
              + "'"
              + (suggestion.isEmpty() ? ";" : suggestion)
              + " known: "
              + String.join(", ", known));
    }
    return factory;
  }

  private static Map<String, EstimatorFactory> load() {
    Map<String, EstimatorFactory> byName = new LinkedHashMap<>();
    Map<String, String> owners = new LinkedHashMap<>();
    ClassLoader loader = EstimatorLookup.class.getClassLoader();
    for (MinePlugin plugin : ServiceLoader.load(MinePlugin.class, loader)) {
      for (EstimatorFactory factory : plugin.estimators()) {
        String previous = owners.putIfAbsent(factory.name(), plugin.name());
        if (previous != null) {
          throw new MineException(
              ErrorCode.DUPLICATE_COMPONENT,
              "estimator '"
                  + factory.name()
                  + "' is registered twice: by plugin '"
                  + previous
                  + "' and by plugin '"
                  + plugin.name()
                  + "'; remove one of them from the class path");
        }
        byName.put(factory.name(), factory);
      }
    }
    return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byName));
  }
}
