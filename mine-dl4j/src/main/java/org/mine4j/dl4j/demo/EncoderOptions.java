package org.mine4j.dl4j.demo;

import java.util.List;
import java.util.Map;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;

/**
 * Options of the {@code dl4j-encoders} experiment.
 *
 * @param steps encoder steps per task
 * @param beta the weight of the MI term
 * @param criticSteps critic steps on each batch before its MI gradient is taken
 * @param estimator the neural estimator whose critic estimates the MI (e.g. {@code mine})
 * @param evalEvery steps between recorded evaluations
 */
public record EncoderOptions(
    int steps, double beta, int criticSteps, String estimator, int evalEvery) {
  static final List<OptionSpec> SPECS =
      List.of(
          new OptionSpec("steps", "400", "encoder steps per task"),
          new OptionSpec("beta", "1", "weight of the MI term"),
          new OptionSpec("critic-steps", "5", "critic steps per encoder step"),
          new OptionSpec("estimator", "mine", "the neural estimator of the MI terms"),
          new OptionSpec("eval-every", "50", "steps between recorded evaluations"));

  public EncoderOptions {
    if (steps < 1) {
      throw new IllegalArgumentException("steps must be at least 1, found " + steps);
    }
    if (!(beta >= 0) || Double.isInfinite(beta)) {
      throw new IllegalArgumentException("beta must be a finite number >= 0, found " + beta);
    }
    if (criticSteps < 1) {
      throw new IllegalArgumentException("critic-steps must be at least 1, found " + criticSteps);
    }
    if (evalEvery < 1 || evalEvery > steps) {
      throw new IllegalArgumentException(
          "eval-every must be between 1 and steps (" + steps + "), found " + evalEvery);
    }
  }

  static EncoderOptions from(Map<String, String> properties) {
    OptionValues values = OptionValues.parse("experiment 'dl4j-encoders'", SPECS, properties);
    try {
      return new EncoderOptions(
          values.intValue("steps"),
          values.doubleValue("beta"),
          values.intValue("critic-steps"),
          values.string("estimator"),
          values.intValue("eval-every"));
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }
}
