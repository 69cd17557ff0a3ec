package org.mine4j.bench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mine4j.api.MineException;

/**
 * The {@code NAME[:KEY=VALUE...]} labels of the bench commands' lists ({@code --estimators
 * smile:tau=1}, {@code --tasks correlated-gaussian:rho=0.9}): the component name before the first
 * colon and its options after it.
 *
 * <p>A list of labels is comma-separated, and an option value may itself be a comma-separated list
 * of numbers ({@code mine:hidden=16,8}): {@link #labels} reads a purely numeric piece after a label
 * with a {@code KEY=VALUE} option as the continuation of that option's value ({@code
 * mine:hidden=16,8:steps=50} is one label), and any other piece as a new label.
 */
final class LabelledOptions {
  /**
   * Decimal numbers (optional sign, digits with an optional point, optional exponent) joined by
   * semicolons, the row separator of matrix values such as {@code covariance=1,0.5;0.5,1}.
   */
  private static final String DECIMAL = "[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?";

  private static final Pattern NUMBER = Pattern.compile(DECIMAL + "(;" + DECIMAL + ")*");

  private LabelledOptions() {}

  /**
   * The labels of every occurrence of a list option, in order ({@link #labels(String, String,
   * String)} on each).
   */
  static List<String> labels(List<String> lists, String option, String example) {
    List<String> labels = new ArrayList<>();
    for (String list : lists) {
      labels.addAll(labels(list, option, example));
    }
    return labels;
  }

  /**
   * The labels of one comma-separated list, trimmed. A piece that is purely numeric ({@code 8},
   * {@code 0.5}, {@code -1}, {@code 1e-3}, or matrix rows such as {@code 0.5;0.5}) up to its first
   * colon, if any, and follows a label whose last part is a {@code KEY=VALUE} option continues that
   * value, with any options after the number: {@code mine:hidden=16,8,ksg} is {@code
   * mine:hidden=16,8} and {@code ksg}, {@code mine:hidden=16,8:steps=50} one label. Any other piece
   * starts a new label, so names that merely start with a digit ({@code 1v1-normal-0.75}) are
   * labels of their own.
   *
   * @param list the option's text, e.g. {@code mine:hidden=16,8,ksg}
   * @param option the command-line option, for the error message
   * @param example a well-formed list to suggest
   * @throws MineException INVALID_OPTIONS for an empty piece or a number with no option before it
   *     to continue
   */
  static List<String> labels(String list, String option, String example) {
    List<String> labels = new ArrayList<>();
    for (String raw : list.split(",", -1)) {
      String piece = raw.trim();
      if (piece.isEmpty()) {
        throw MineException.invalidOptions(
            option
                + " has an empty entry in '"
                + list
                + "'; separate the names by single commas, e.g. "
                + example);
      }
      if (NUMBER.matcher(name(piece)).matches()) {
        if (labels.isEmpty() || !endsWithOption(labels.get(labels.size() - 1))) {
          throw MineException.invalidOptions(
              option
                  + ": '"
                  + piece
                  + "' in '"
                  + list
                  + "' is a number with no NAME:KEY=VALUE before it to continue; a number after"
                  + " a comma continues the list value of the option before it (e.g."
                  + " mine:hidden=16,8), so put it after its option or write names, e.g. "
                  + example);
        }
        labels.set(labels.size() - 1, labels.get(labels.size() - 1) + "," + piece);
      } else {
        labels.add(piece);
      }
    }
    return labels;
  }

  /** Whether the label's last colon-separated part (after the name) is KEY=VALUE. */
  private static boolean endsWithOption(String label) {
    int colon = label.lastIndexOf(':');
    return colon >= 0 && label.indexOf('=', colon) > colon + 1;
  }

  /** The component name: the label up to its first colon. */
  static String name(String label) {
    int colon = label.indexOf(':');
    return colon < 0 ? label : label.substring(0, colon);
  }

  /**
   * The options after the name, in order.
   *
   * @param option the command-line option the label came from, for the error message
   * @param example a well-formed label to suggest
   * @throws MineException INVALID_OPTIONS naming the part that is not KEY=VALUE
   */
  static Map<String, String> options(String label, String option, String example) {
    String[] parts = label.split(":");
    Map<String, String> options = new LinkedHashMap<>();
    for (int p = 1; p < parts.length; p++) {
      int equals = parts[p].indexOf('=');
      if (equals <= 0) {
        throw MineException.invalidOptions(
            option
                + ": '"
                + parts[p]
                + "' in '"
                + label
                + "' is not KEY=VALUE; write e.g. "
                + example);
      }
      options.put(parts[p].substring(0, equals), parts[p].substring(equals + 1));
    }
    return options;
  }
}
