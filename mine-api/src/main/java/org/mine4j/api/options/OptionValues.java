package org.mine4j.api.options;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mine4j.api.MineException;

/**
 * User-given flat properties checked against a component's {@link OptionSpec}s: unknown or misspelt
 * names are errors with a suggestion, missing ones take their defaults, and typed getters name the
 * option and the expected type when a value does not parse. Options records read their fields from
 * here in {@code fromProperties}.
 */
public final class OptionValues {
  private final String component;
  private final Map<String, String> values;

  private OptionValues(String component, Map<String, String> values) {
    this.component = component;
    this.values = values;
  }

  /**
   * Validates {@code given} against {@code specs} for the named component (used in messages, e.g.
   * {@code estimator 'mine'}).
   *
   * @throws MineException INVALID_OPTIONS for an unknown name
   */
  public static OptionValues parse(
      String component, List<OptionSpec> specs, Map<String, String> given) {
    requireNonNull(component, "component is null");
    requireNonNull(specs, "specs is null");
    requireNonNull(given, "given is null");
    Map<String, String> merged = new LinkedHashMap<>();
    List<String> known = new ArrayList<>();
    for (OptionSpec spec : specs) {
      merged.put(spec.name(), spec.defaultValue());
      known.add(spec.name());
    }
    for (Map.Entry<String, String> entry : given.entrySet()) {
      if (!merged.containsKey(entry.getKey())) {
        throw MineException.invalidOptions(
            "unknown option '"
                + entry.getKey()
                + "' for "
                + component
                + suggestionOrSeparator(entry.getKey(), known)
                + " known: "
                + (known.isEmpty() ? "(none)" : String.join(", ", known)));
      }
      merged.put(
          entry.getKey(),
          requireNonNull(entry.getValue(), "value of " + entry.getKey() + " is null").trim());
    }
    return new OptionValues(component, merged);
  }

  private static String suggestionOrSeparator(String given, List<String> known) {
    String suggestion = Suggestions.didYouMean(given, known);
    return suggestion.isEmpty() ? ";" : suggestion;
  }

  /** The raw text of an option (given or default). */
  public String string(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException("option '" + name + "' is not declared by " + component);
    }
    return value;
  }

  public double doubleValue(String name) {
    String text = string(name);
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw bad(name, text, "a number");
    }
  }

  public int intValue(String name) {
    String text = string(name);
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw bad(name, text, "an integer");
    }
  }

  public long longValue(String name) {
    String text = string(name);
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw bad(name, text, "an integer");
    }
  }

  public boolean booleanValue(String name) {
    String text = string(name).toLowerCase(Locale.ROOT);
    return switch (text) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw bad(name, text, "true or false");
    };
  }

  /** A comma-separated list of positive integers, e.g. {@code 100,100}. */
  public int[] intList(String name) {
    String text = string(name);
    String[] parts = text.split(",");
    int[] result = new int[parts.length];
    try {
      for (int i = 0; i < parts.length; i++) {
        result[i] = Integer.parseInt(parts[i].trim());
      }
    } catch (NumberFormatException e) {
      throw bad(name, text, "a comma-separated list of integers such as 100,100");
    }
    return result;
  }

  /** One of the given lowercase choices. */
  public String choice(String name, List<String> choices) {
    String text = string(name).toLowerCase(Locale.ROOT);
    if (!choices.contains(text)) {
      throw MineException.invalidOptions(
          "option '"
              + name
              + "' of "
              + component
              + " must be one of "
              + String.join(", ", choices)
              + ", found '"
              + text
              + "'"
              + Suggestions.didYouMean(text, choices));
    }
    return text;
  }

  /**
   * Wraps a record's {@link IllegalArgumentException} as an INVALID_OPTIONS error naming the
   * component.
   */
  public MineException invalid(IllegalArgumentException e) {
    return new MineException(
        org.mine4j.api.ErrorCode.INVALID_OPTIONS,
        "invalid options for " + component + ": " + e.getMessage(),
        e);
  }

  private MineException bad(String name, String text, String expected) {
    return MineException.invalidOptions(
        "option '"
            + name
            + "' of "
            + component
            + " must be "
            + expected
            + ", found '"
            + text
            + "'");
  }
}
