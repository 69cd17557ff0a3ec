package org.mine4j.bench.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mine4j.api.MineException;

/**
 * The {@code NAME[:KEY=VALUE...]} labels of the bench commands' lists ({@code --estimators
 * smile:tau=1}, {@code --tasks correlated-gaussian:rho=0.9}): the component name before the first
 * colon and its options after it.
 */
final class LabelledOptions {
  private LabelledOptions() {}

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
