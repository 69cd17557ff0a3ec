package org.mine4j.estimators.options;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How typed values are written as option text, the way the CLI and the factories read them. */
final class OptionText {
  private OptionText() {}

  /** A double as the factories parse it; infinity as {@code inf}. */
  static String number(double value) {
    if (value == Double.POSITIVE_INFINITY) {
      return "inf";
    }
    return Double.toString(value);
  }

  /** Layer sizes as a comma-separated list, e.g. {@code 100,100}. */
  static String sizes(int... sizes) {
    if (sizes == null || sizes.length == 0) {
      throw new IllegalArgumentException("give at least one layer size");
    }
    return Arrays.stream(sizes).mapToObj(Integer::toString).collect(Collectors.joining(","));
  }

  /** An enum constant as its lowercase kebab-case option value ({@code ALL_PAIRS -> all-pairs}). */
  static String choice(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@code name:key=value:…}, the CLI's label syntax. */
  static String describe(String estimator, Map<String, String> properties) {
    StringBuilder text = new StringBuilder(estimator);
    properties.forEach((key, value) -> text.append(':').append(key).append('=').append(value));
    return text.toString();
  }
}
