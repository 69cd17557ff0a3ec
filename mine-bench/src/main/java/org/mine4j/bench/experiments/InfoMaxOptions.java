package org.mine4j.bench.experiments;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;

/**
 * Validated options of the {@code infomax} experiment.
 *
 * @param dim the dimension of x
 * @param steps encoder steps
 * @param batch rows per encoder step
 * @param learningRate the encoder's Adam rate
 * @param noise the channel noise sigma of z + sigma e
 * @param estimators gradient sources by name
 * @param criticSteps critic steps per encoder step for the neural estimators (MIGE takes none)
 * @param evalEvery steps between recorded alignments
 * @param probeRows rows of the probe's training set and of its test set
 * @param parallel runs at once, 0 for the number of cores
 */
public record InfoMaxOptions(
    int dim,
    int steps,
    int batch,
    double learningRate,
    double noise,
    List<String> estimators,
    int criticSteps,
    int evalEvery,
    int probeRows,
    int parallel) {
  static final String COMPONENT = "experiment '" + InfoMaxFactory.NAME + "'";

  /** The accepted properties. */
  public static final List<OptionSpec> SPECS =
      List.of(
          new OptionSpec("dim", "10", "dimension of x (2 cluster coordinates + noise)"),
          new OptionSpec("steps", "200", "encoder steps"),
          new OptionSpec("batch", "128", "rows per encoder step"),
          new OptionSpec("learning-rate", "0.05", "Adam learning rate of the encoder"),
          new OptionSpec("noise", "0.3", "channel noise sigma: I(x; E(x) + sigma e)"),
          new OptionSpec("estimators", "mige,mine,infonce", "gradient sources to compare"),
          new OptionSpec("critic-steps", "5", "critic steps per encoder step (neural sources)"),
          new OptionSpec("eval-every", "25", "steps between recorded alignments"),
          new OptionSpec("probe-rows", "2000", "rows of the probe's training and test sets"),
          new OptionSpec("parallel", "0", "runs at once (0: the number of cores)"));

  /** The critics of the neural sources: separable, 64-64 towers, embedding 16, Adam 1e-3. */
  static final Map<String, String> CRITIC =
      Map.of("critic", "separable", "hidden", "64,64", "embedding", "16", "learning-rate", "0.001");

  public InfoMaxOptions {
    estimators = List.copyOf(requireNonNull(estimators, "estimators is null"));
    if (dim < 3) {
      throw new IllegalArgumentException("dim must be at least 3, found " + dim);
    }
    if (steps < 1 || batch < 4 || criticSteps < 0 || probeRows < 10) {
      throw new IllegalArgumentException(
          "steps >= 1, batch >= 4, critic-steps >= 0 and probe-rows >= 10 are required, found "
              + steps
              + ", "
              + batch
              + ", "
              + criticSteps
              + ", "
              + probeRows);
    }
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException(
          "learning-rate must be a positive number, found " + learningRate);
    }
    if (!(noise > 0) || Double.isInfinite(noise)) {
      throw new IllegalArgumentException(
          "noise must be positive (I(x; E(x)) is infinite without it), found " + noise);
    }
    if (estimators.isEmpty()) {
      throw new IllegalArgumentException("estimators must not be empty");
    }
    if (evalEvery < 1 || evalEvery > steps) {
      throw new IllegalArgumentException(
          "eval-every must be between 1 and steps (" + steps + "), found " + evalEvery);
    }
    if (parallel < 0) {
      throw new IllegalArgumentException(
          "parallel must be 0 (all cores) or a positive number of runs, found " + parallel);
    }
  }

  /**
   * Reads the options from flat properties.
   *
   * @throws org.mine4j.api.MineException INVALID_OPTIONS naming the option and the fix
   */
  public static InfoMaxOptions fromProperties(Map<String, String> properties) {
    OptionValues values = OptionValues.parse(COMPONENT, SPECS, properties);
    try {
      return new InfoMaxOptions(
          values.intValue("dim"),
          values.intValue("steps"),
          values.intValue("batch"),
          values.doubleValue("learning-rate"),
          values.doubleValue("noise"),
          OptionLists.names(values, "estimators"),
          values.intValue("critic-steps"),
          values.intValue("eval-every"),
          values.intValue("probe-rows"),
          values.intValue("parallel"));
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }

  /** As flat properties; {@link #fromProperties} reads them back. */
  public Map<String, String> toProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("dim", Integer.toString(dim));
    properties.put("steps", Integer.toString(steps));
    properties.put("batch", Integer.toString(batch));
    properties.put("learning-rate", Double.toString(learningRate));
    properties.put("noise", Double.toString(noise));
    properties.put("estimators", String.join(",", estimators));
    properties.put("critic-steps", Integer.toString(criticSteps));
    properties.put("eval-every", Integer.toString(evalEvery));
    properties.put("probe-rows", Integer.toString(probeRows));
    properties.put("parallel", Integer.toString(parallel));
    return Collections.unmodifiableMap(properties);
  }
}
