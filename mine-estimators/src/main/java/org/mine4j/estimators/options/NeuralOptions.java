package org.mine4j.estimators.options;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mine4j.api.bound.Negatives;
import org.mine4j.estimators.critic.Activation;

/**
 * The options every neural estimator shares, as an immutable typed builder: the training budget and
 * optimiser (Adam, Kingma &amp; Ba 2015), the critic, the held-out split, standardisation and early
 * stopping. Each setter returns a copy, so a base configuration can be shared and varied. The names
 * and defaults are those of {@code mine4j list} (e.g. 5000 steps of 256 pairs, a 100-100 ReLU
 * concat critic, half the rows held out).
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class NeuralOptions<B extends NeuralOptions<B>> implements EstimatorOptions {
  private final String estimator;
  private final Map<String, String> properties;

  NeuralOptions(String estimator, Map<String, String> properties) {
    this.estimator = requireNonNull(estimator, "estimator is null");
    this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /** A builder of the same kind with these properties. */
  abstract B copy(Map<String, String> newProperties);

  /** A copy with one more property. */
  final B with(String name, String value) {
    Map<String, String> next = new LinkedHashMap<>(properties);
    next.put(name, value);
    return copy(next);
  }

  @Override
  public final String estimator() {
    return estimator;
  }

  @Override
  public final Map<String, String> toProperties() {
    return properties;
  }

  /** Training steps (Adam updates); default 5000. */
  public B steps(int steps) {
    return with("steps", Integer.toString(steps));
  }

  /** K, the joint pairs per minibatch; default 256. */
  public B batchSize(int batchSize) {
    return with("batch-size", Integer.toString(batchSize));
  }

  /** Adam's step size; default 5e-4. */
  public B learningRate(double learningRate) {
    return with("learning-rate", OptionText.number(learningRate));
  }

  /**
   * The critic network by its registered name: {@code concat} (an MLP on [x, y], the default),
   * {@code separable} (g(x)ᵀh(y), Poole et al. 2019: all K² pairs in one matrix product) or {@code
   * samediff-mlp} (the same MLP as a SameDiff graph; needs an ND4J backend on the class path).
   */
  public B critic(String critic) {
    return with("critic", requireNonNull(critic, "critic is null"));
  }

  /** The critic's hidden layer sizes; default 100, 100. */
  public B hidden(int... sizes) {
    return with("hidden", OptionText.sizes(sizes));
  }

  /** The hidden activation; default ReLU. */
  public B activation(Activation activation) {
    return with("activation", requireNonNull(activation, "activation is null").optionName());
  }

  /**
   * The share of rows held out for the estimate when no held-out samples are given; default 0.5.
   */
  public B testFraction(double testFraction) {
    return with("test-fraction", OptionText.number(testFraction));
  }

  /** Whether to standardise each column on the training rows first; default true. */
  public B standardize(boolean standardize) {
    return with("standardize", Boolean.toString(standardize));
  }

  /** The share of training rows kept aside to choose the best critic (0: none); default 0.2. */
  public B validationFraction(double validationFraction) {
    return with("validation-fraction", OptionText.number(validationFraction));
  }

  /** Evaluate on the validation rows every this many steps (0: never); default 250. */
  public B evalEvery(int steps) {
    return with("eval-every", Integer.toString(steps));
  }

  /** Validations without improvement before training stops (0: never early); default 10. */
  public B patience(int validations) {
    return with("patience", Integer.toString(validations));
  }

  /**
   * How product-of-marginals pairs are formed (one shuffle or all K(K−1) pairs); default: the
   * bound's own, as in its paper.
   */
  public B negatives(Negatives negatives) {
    return with("negatives", OptionText.choice(requireNonNull(negatives, "negatives is null")));
  }

  @Override
  public String toString() {
    return OptionText.describe(estimator, properties);
  }
}
