package org.mine4j.bench.experiments;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;

/**
 * The training settings an experiment gives its neural estimators (and only them: non-parametric
 * estimators such as {@code ksg} reject options they do not declare).
 *
 * @param steps training steps (at most; early stopping may end sooner)
 * @param batchSize joint pairs per minibatch
 * @param learningRate Adam learning rate
 * @param hidden hidden layer sizes of the critic, e.g. {@code 100,100}
 */
public record NeuralSettings(int steps, int batchSize, double learningRate, String hidden) {
  public NeuralSettings {
    if (steps < 1) {
      throw new IllegalArgumentException("steps must be at least 1, found " + steps);
    }
    if (batchSize < 2) {
      throw new IllegalArgumentException("batch-size must be at least 2, found " + batchSize);
    }
    if (!(learningRate > 0.0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException(
          "learning-rate must be a positive number, found " + learningRate);
    }
    if (!hidden.matches("[1-9][0-9]*(,[1-9][0-9]*)*")) {
      throw new IllegalArgumentException(
          "hidden must be comma-separated positive layer sizes such as 100,100, found '"
              + hidden
              + "'");
    }
  }

  /** The option specs with the given defaults. */
  static List<OptionSpec> specs(NeuralSettings defaults) {
    return List.of(
        new OptionSpec(
            "steps", Integer.toString(defaults.steps()), "training steps of neural estimators"),
        new OptionSpec(
            "batch-size",
            Integer.toString(defaults.batchSize()),
            "minibatch size of neural estimators"),
        new OptionSpec(
            "learning-rate",
            Double.toString(defaults.learningRate()),
            "Adam learning rate of neural estimators"),
        new OptionSpec("hidden", defaults.hidden(), "hidden layer sizes of the critics"));
  }

  /** Reads the settings (the caller wraps an IllegalArgumentException). */
  static NeuralSettings from(OptionValues values) {
    return new NeuralSettings(
        values.intValue("steps"),
        values.intValue("batch-size"),
        values.doubleValue("learning-rate"),
        values.string("hidden").replace(" ", ""));
  }

  /**
   * As estimator options ({@code steps}, {@code batch-size}, {@code learning-rate}, {@code
   * hidden}).
   */
  public Map<String, String> toProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("steps", Integer.toString(steps));
    properties.put("batch-size", Integer.toString(batchSize));
    properties.put("learning-rate", Double.toString(learningRate));
    properties.put("hidden", hidden);
    return Collections.unmodifiableMap(properties);
  }
}
