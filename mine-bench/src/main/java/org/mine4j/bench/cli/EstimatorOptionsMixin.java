package org.mine4j.bench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mine4j.api.MineException;
import picocli.CommandLine.Option;

/**
 * The estimator options {@code estimate} and {@code bmi} share: {@code --steps} and {@code
 * --batch-size} as shorthands, and {@code -o NAME=VALUE} for any option the estimator declares (see
 * {@code mine4j list}). Each option is set once: a shorthand and {@code -o} for the same option, or
 * one {@code -o} name twice with different values, is a usage error naming both (never one silently
 * winning, nor a malformed value hidden behind the other), and the estimator factory validates
 * every value.
 */
final class EstimatorOptionsMixin {
  @Option(
      names = "--steps",
      paramLabel = "N",
      description = "Training steps (estimator option steps).")
  Integer steps;

  @Option(
      names = "--batch-size",
      paramLabel = "K",
      description = "Minibatch size (estimator option batch-size).")
  Integer batchSize;

  @Option(
      names = {"-o", "--option"},
      paramLabel = "NAME=VALUE",
      description =
          "Any estimator option, e.g. -o hidden=64,64 -o learning-rate=1e-3 (see 'mine4j list').")
  List<String> options = new ArrayList<>();

  /**
   * The options as flat properties for the estimator factory.
   *
   * @throws MineException INVALID_OPTIONS for a malformed {@code -o}, or an option set twice
   */
  Map<String, String> toProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    for (String option : options) {
      int equals = option.indexOf('=');
      if (equals <= 0) {
        throw MineException.invalidOptions(
            "-o '" + option + "' is not NAME=VALUE; write e.g. -o learning-rate=0.001");
      }
      String name = option.substring(0, equals).trim();
      String value = option.substring(equals + 1).trim();
      String previous = properties.put(name, value);
      if (previous != null && !previous.equals(value)) {
        throw MineException.invalidOptions(
            "-o "
                + name
                + " is given twice ("
                + name
                + "="
                + previous
                + " and "
                + name
                + "="
                + value
                + "); give it once");
      }
    }
    shorthand(properties, "--steps", "steps", steps);
    shorthand(properties, "--batch-size", "batch-size", batchSize);
    return properties;
  }

  private static void shorthand(
      Map<String, String> properties, String flag, String name, Integer value) {
    if (value == null) {
      return;
    }
    String text = Integer.toString(value);
    String previous = properties.get(name);
    if (previous != null && !previous.equals(text)) {
      throw MineException.invalidOptions(
          flag
              + " "
              + text
              + " and -o "
              + name
              + "="
              + previous
              + " both set "
              + name
              + "; give one of them");
    }
    properties.put(name, text);
  }
}
