package org.mine4j.estimators.neural;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;
import org.mine4j.estimators.critic.Activation;
import org.mine4j.estimators.training.TrainingOptions;

/**
 * The options every neural estimator shares: training budget and optimiser, the critic, the
 * held-out split and standardisation. Defaults give a sound estimate on a few thousand rows of low-
 * to moderate-dimensional data.
 *
 * @param steps training steps
 * @param batchSize K, joint pairs per minibatch
 * @param learningRate Adam's step size
 * @param critic the name of a registered critic network: {@code concat} (fast hand-derived MLP),
 *     {@code separable} (g(x)^T h(y), Poole et al. 2019), {@code samediff-mlp} (flexible path) or a
 *     plugin's
 * @param hidden hidden layer sizes, e.g. {@code 100,100}
 * @param activation hidden activation
 * @param testFraction share of the rows held out for the estimate when no held-out samples are
 *     given
 * @param standardize standardise each column on the training rows first
 * @param validationFraction share of the training rows kept aside to choose the best critic (0:
 *     none)
 * @param evalEvery evaluate the bound on the validation rows every this many steps (0: never)
 * @param patience validation evaluations without improvement before training stops (0: never early)
 * @param negatives {@code default} (the bound's own), {@code shuffle} or {@code all-pairs}
 */
public record NeuralEstimatorOptions(
    int steps,
    int batchSize,
    double learningRate,
    String critic,
    String hidden,
    String activation,
    double testFraction,
    boolean standardize,
    double validationFraction,
    int evalEvery,
    int patience,
    String negatives) {

  static final List<String> NEGATIVES = List.of("default", "shuffle", "all-pairs");

  /** The option specs with their defaults. */
  public static final List<OptionSpec> SPECS =
      List.of(
          new OptionSpec("steps", "5000", "training steps"),
          new OptionSpec("batch-size", "256", "joint pairs per minibatch (K)"),
          new OptionSpec("learning-rate", "0.0005", "Adam learning rate"),
          new OptionSpec(
              "critic",
              "concat",
              "critic network: concat (fast MLP on [x,y]), separable (g(x)^T h(y)),"
                  + " samediff-mlp or any registered network (its own options pass through)"),
          new OptionSpec("hidden", "100,100", "hidden layer sizes of the critic"),
          new OptionSpec(
              "activation",
              "relu",
              "hidden activation: " + String.join(", ", Activation.optionNames())),
          new OptionSpec("test-fraction", "0.5", "share of rows held out for the estimate"),
          new OptionSpec("standardize", "true", "standardise columns on the training rows"),
          new OptionSpec(
              "validation-fraction",
              "0.2",
              "share of training rows used to pick the best critic (0: none)"),
          new OptionSpec("eval-every", "250", "validation period in steps (0: no validation)"),
          new OptionSpec(
              "patience", "10", "validations without improvement before stopping (0: never)"),
          new OptionSpec(
              "negatives", "default", "negatives: default (the bound's), shuffle or all-pairs"));

  public NeuralEstimatorOptions {
    if (steps <= 0) {
      throw new IllegalArgumentException("steps must be positive, found " + steps);
    }
    if (batchSize < 2) {
      throw new IllegalArgumentException("batch-size must be at least 2, found " + batchSize);
    }
    if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
      throw new IllegalArgumentException(
          "learning-rate must be a positive number, found " + learningRate);
    }
    if (critic == null || critic.isBlank()) {
      throw new IllegalArgumentException("critic must name a network, found '" + critic + "'");
    }
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new IllegalArgumentException("test-fraction must be in (0, 1), found " + testFraction);
    }
    if (!(validationFraction >= 0 && validationFraction < 1)) {
      throw new IllegalArgumentException(
          "validation-fraction must be in [0, 1), found " + validationFraction);
    }
    if (patience < 0) {
      throw new IllegalArgumentException("patience must be >= 0, found " + patience);
    }
    if (evalEvery < 0) {
      throw new IllegalArgumentException("eval-every must be >= 0, found " + evalEvery);
    }
    if (!NEGATIVES.contains(negatives)) {
      throw new IllegalArgumentException(
          "negatives must be one of " + NEGATIVES + ", found '" + negatives + "'");
    }
  }

  /** Reads and validates the shared options (IllegalArgumentException for out-of-range values). */
  static NeuralEstimatorOptions from(OptionValues values) {
    return new NeuralEstimatorOptions(
        values.intValue("steps"),
        values.intValue("batch-size"),
        values.doubleValue("learning-rate"),
        values.string("critic"),
        values.string("hidden"),
        values.choice("activation", Activation.optionNames()),
        values.doubleValue("test-fraction"),
        values.booleanValue("standardize"),
        values.doubleValue("validation-fraction"),
        values.intValue("eval-every"),
        values.intValue("patience"),
        values.choice("negatives", NEGATIVES));
  }

  /** The options as flat properties (the inverse of {@link #from}). */
  public Map<String, String> toProperties() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("steps", Integer.toString(steps));
    p.put("batch-size", Integer.toString(batchSize));
    p.put("learning-rate", Double.toString(learningRate));
    p.put("critic", critic);
    p.put("hidden", hidden);
    p.put("activation", activation);
    p.put("test-fraction", Double.toString(testFraction));
    p.put("standardize", Boolean.toString(standardize));
    p.put("validation-fraction", Double.toString(validationFraction));
    p.put("eval-every", Integer.toString(evalEvery));
    p.put("patience", Integer.toString(patience));
    p.put("negatives", negatives);
    return p;
  }

  /** The training-loop options. */
  TrainingOptions training() {
    Optional<Negatives> chosen =
        switch (negatives) {
          case "shuffle" -> Optional.of(Negatives.SHUFFLE);
          case "all-pairs" -> Optional.of(Negatives.ALL_PAIRS);
          default -> Optional.empty();
        };
    return new TrainingOptions(steps, batchSize, learningRate, evalEvery, patience, chosen);
  }
}
