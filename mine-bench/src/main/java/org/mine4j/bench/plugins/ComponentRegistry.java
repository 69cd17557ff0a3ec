package org.mine4j.bench.plugins;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.mine4j.api.options.Suggestions;
import org.mine4j.api.spi.ComponentFactory;

/**
 * The factories of one kind (estimators, datasets, …) by name, sorted. Looking up a name that no
 * plugin registered fails with {@link ErrorCode#UNKNOWN_COMPONENT}, a did-you-mean and the list of
 * known names.
 *
 * @param <F> the factory type
 */
public final class ComponentRegistry<F extends ComponentFactory<?>> {
  private final String kind;
  private final Map<String, F> factories;

  /**
   * A registry of the given kind.
   *
   * @param kind singular noun for messages, e.g. {@code estimator}
   * @param factories name to factory
   */
  public ComponentRegistry(String kind, Map<String, F> factories) {
    this.kind = requireNonNull(kind, "kind is null");
    this.factories =
        Collections.unmodifiableMap(new TreeMap<>(requireNonNull(factories, "factories is null")));
  }

  /** The singular noun of this kind, e.g. {@code estimator}. */
  public String kind() {
    return kind;
  }

  /** The registered names, sorted. */
  public List<String> names() {
    return List.copyOf(factories.keySet());
  }

  /** The factories, sorted by name. */
  public Collection<F> factories() {
    return factories.values();
  }

  /** Whether a factory of that name is registered. */
  public boolean contains(String name) {
    return factories.containsKey(name);
  }

  /**
   * The factory of that name.
   *
   * @throws MineException UNKNOWN_COMPONENT naming the known names and the closest one
   */
  public F get(String name) {
    requireNonNull(name, "name is null");
    F factory = factories.get(name);
    if (factory == null) {
      throw new MineException(ErrorCode.UNKNOWN_COMPONENT, unknownMessage(name));
    }
    return factory;
  }

  private String unknownMessage(String name) {
    String known =
        factories.isEmpty() ? "(none registered)" : String.join(", ", factories.keySet());
    String suggestion = Suggestions.didYouMean(name, factories.keySet());
    return "unknown "
        + kind
        + " '"
        + name
        + "'"
        + (suggestion.isEmpty() ? ";" : suggestion)
        + " known: "
        + known;
  }
}
