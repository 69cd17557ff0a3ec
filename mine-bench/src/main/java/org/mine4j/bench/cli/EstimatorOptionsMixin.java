package org.mine4j.bench.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The estimator options {@code estimate} and {@code bmi} share: {@code --steps} and {@code
 * --batch-size} as shorthands, and {@code -o NAME=VALUE} for any option the estimator declares (see
 * {@code mine4j list}). The shorthands win over {@code -o} for the same option.
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
  Map<String, String> options = new LinkedHashMap<>();

  /** The options as flat properties for the estimator factory. */
  Map<String, String> toProperties() {
    Map<String, String> properties = new LinkedHashMap<>(options);
    if (steps != null) {
      properties.put("steps", Integer.toString(steps));
    }
    if (batchSize != null) {
      properties.put("batch-size", Integer.toString(batchSize));
    }
    return properties;
  }
}
