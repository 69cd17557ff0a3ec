package org.mine4j.datasets.csv;

import java.util.List;
import java.util.Locale;

/**
 * Whether the first non-blank line of a CSV file is a header row; the {@code header} option of the
 * {@code csv} dataset ({@code auto}, {@code true}, {@code false}).
 */
public enum HeaderMode {
  /** A header if any of its cells is non-empty and not a number (see {@link CsvSamples}). */
  AUTO("auto"),
  /** Always a header. */
  PRESENT("true"),
  /** Never a header: the first line is data. */
  ABSENT("false");

  /** The option values, in declaration order. */
  public static final List<String> OPTION_VALUES = List.of("auto", "true", "false");

  /** The fix offered when the first line could be either: both spellings of the choice. */
  static final String CHOICE =
      "set header=true if it is a header, header=false if it is data (on the command line:"
          + " --header yes or --header no)";

  private final String optionValue;

  HeaderMode(String optionValue) {
    this.optionValue = optionValue;
  }

  /** The value of the {@code header} option: {@code auto}, {@code true} or {@code false}. */
  public String optionValue() {
    return optionValue;
  }

  /**
   * The mode for an option value.
   *
   * @throws IllegalArgumentException for anything but auto, true or false, or yes or no for true
   *     and false (any case)
   */
  public static HeaderMode fromOptionValue(String value) {
    String text = value.trim().toLowerCase(Locale.ROOT);
    if (text.equals("yes")) {
      return PRESENT;
    }
    if (text.equals("no")) {
      return ABSENT;
    }
    for (HeaderMode mode : values()) {
      if (mode.optionValue.equals(text)) {
        return mode;
      }
    }
    throw new IllegalArgumentException("header must be auto, true or false, found '" + value + "'");
  }
}
