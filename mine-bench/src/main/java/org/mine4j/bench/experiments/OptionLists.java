package org.mine4j.bench.experiments;

import java.util.ArrayList;
import java.util.List;
import org.mine4j.api.MineException;
import org.mine4j.api.options.OptionValues;

/** Comma-separated list options of the experiments, parsed with errors naming the option. */
final class OptionLists {
  private OptionLists() {}

  /** Non-empty trimmed names, e.g. {@code mine,nwj,ksg}. */
  static List<String> names(OptionValues values, String option) {
    List<String> names = new ArrayList<>();
    for (String part : values.string(option).split(",", -1)) {
      String name = part.trim();
      if (name.isEmpty()) {
        throw MineException.invalidOptions(
            "option '" + option + "' has an empty entry in '" + values.string(option) + "'");
      }
      if (names.contains(name)) {
        throw MineException.invalidOptions("option '" + option + "' names '" + name + "' twice");
      }
      names.add(name);
    }
    return List.copyOf(names);
  }

  /** Numbers, e.g. {@code 0.1,0.3}. */
  static List<Double> doubles(OptionValues values, String option) {
    List<Double> numbers = new ArrayList<>();
    for (String name : names(values, option)) {
      try {
        numbers.add(Double.parseDouble(name));
      } catch (NumberFormatException e) {
        throw MineException.invalidOptions(
            "option '"
                + option
                + "' must be a comma-separated list of numbers such as 0.1,0.5, found '"
                + values.string(option)
                + "'");
      }
    }
    return List.copyOf(numbers);
  }

  /** Integers, e.g. {@code 2,20}. */
  static List<Integer> ints(OptionValues values, String option) {
    List<Integer> numbers = new ArrayList<>();
    for (String name : names(values, option)) {
      try {
        numbers.add(Integer.parseInt(name));
      } catch (NumberFormatException e) {
        throw MineException.invalidOptions(
            "option '"
                + option
                + "' must be a comma-separated list of integers such as 2,20, found '"
                + values.string(option)
                + "'");
      }
    }
    return List.copyOf(numbers);
  }

  /** The list as option text: {@code Double.toString} / {@code toString}, comma-separated. */
  static String join(List<?> items) {
    List<String> parts = new ArrayList<>();
    items.forEach(item -> parts.add(String.valueOf(item)));
    return String.join(",", parts);
  }
}
