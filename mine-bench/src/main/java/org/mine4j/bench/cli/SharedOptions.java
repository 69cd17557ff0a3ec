package org.mine4j.bench.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.ComponentFactory;

/**
 * The options that several factories of one kind declare identically (name, default and
 * description), e.g. the training options of every neural estimator, grouped by the set of
 * factories that share them, so that {@code mine4j list} prints each group once.
 *
 * @param groups the groups, largest first
 */
record SharedOptions(List<Group> groups) {
  /** A group needs this many factories, so that a pair of siblings stays with its members. */
  static final int MIN_FACTORIES = 3;

  /** A group needs this many options, so that one common flag is not split off. */
  static final int MIN_OPTIONS = 2;

  /**
   * Options shared by a set of factories.
   *
   * @param factories the factory names, sorted
   * @param options the options, in the order the first factory declares them
   */
  record Group(List<String> factories, List<OptionSpec> options) {}

  static SharedOptions of(Collection<? extends ComponentFactory<?>> factories) {
    Map<OptionSpec, TreeSet<String>> owners = new LinkedHashMap<>();
    for (ComponentFactory<?> factory : factories) {
      for (OptionSpec option : factory.options()) {
        owners.computeIfAbsent(option, o -> new TreeSet<>()).add(factory.name());
      }
    }
    Map<TreeSet<String>, List<OptionSpec>> bySet = new LinkedHashMap<>();
    owners.forEach(
        (option, names) -> bySet.computeIfAbsent(names, n -> new ArrayList<>()).add(option));
    List<Group> groups = new ArrayList<>();
    bySet.forEach(
        (names, options) -> {
          if (names.size() >= MIN_FACTORIES && options.size() >= MIN_OPTIONS) {
            groups.add(new Group(List.copyOf(names), List.copyOf(options)));
          }
        });
    groups.sort((a, b) -> Integer.compare(b.factories().size(), a.factories().size()));
    return new SharedOptions(List.copyOf(groups));
  }

  /** The options of a factory that no group holds for it, in its own order. */
  List<OptionSpec> ownOptions(ComponentFactory<?> factory) {
    List<OptionSpec> own = new ArrayList<>();
    for (OptionSpec option : factory.options()) {
      boolean shared =
          groups.stream()
              .anyMatch(
                  g -> g.factories().contains(factory.name()) && g.options().contains(option));
      if (!shared) {
        own.add(option);
      }
    }
    return own;
  }

  /** The number of shared options a factory takes from the groups. */
  int sharedCount(ComponentFactory<?> factory) {
    return groups.stream()
        .filter(g -> g.factories().contains(factory.name()))
        .mapToInt(g -> g.options().size())
        .sum();
  }
}
