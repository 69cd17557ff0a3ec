package org.mine4j.estimators.critic.separable;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;
import org.mine4j.estimators.critic.Activation;
import org.mine4j.estimators.critic.MlpCriticOptions;

/**
 * Validated options of the separable critic g(x)^T h(y) (Poole et al. 2019, "On variational bounds
 * of mutual information"): the hidden sizes and activation of both towers and the embedding size.
 *
 * <p>As properties: {@code hidden} (comma-separated positive sizes, default {@code 256,256}),
 * {@code embedding} (positive, default {@code 32}) and {@code activation} ({@code relu}, {@code
 * tanh} or {@code elu}; default {@code relu}) — the staircase critic of the SMILE experiments (Song
 * &amp; Ermon 2020).
 *
 * @param hidden hidden layer sizes of each tower, at least one, each positive (defensively copied)
 * @param embedding the size of g(x) and h(y), positive
 * @param activation the hidden activation
 */
public record SeparableCriticOptions(int[] hidden, int embedding, Activation activation) {
  /** The component name used in error messages. */
  static final String COMPONENT = "network '" + SeparableNetworkFactory.NAME + "'";

  /** The accepted properties with their defaults. */
  public static final List<OptionSpec> SPECS =
      List.of(
          new OptionSpec("hidden", "256,256", "hidden layer sizes of each tower, comma-separated"),
          new OptionSpec("embedding", "32", "size of the embeddings g(x) and h(y)"),
          new OptionSpec(
              "activation",
              "relu",
              "hidden activation: " + String.join(", ", Activation.optionNames())));

  public SeparableCriticOptions {
    requireNonNull(activation, "activation is null");
    hidden = MlpCriticOptions.checkedHidden(hidden);
    if (embedding <= 0) {
      throw new IllegalArgumentException("embedding must be positive, found " + embedding);
    }
  }

  /** hidden = 256,256, embedding = 32, activation = relu. */
  public static SeparableCriticOptions defaults() {
    return new SeparableCriticOptions(new int[] {256, 256}, 32, Activation.RELU);
  }

  /** The hidden sizes (a copy). */
  @Override
  public int[] hidden() {
    return hidden.clone();
  }

  /** A copy with other hidden sizes. */
  public SeparableCriticOptions withHidden(int... sizes) {
    return new SeparableCriticOptions(sizes, embedding, activation);
  }

  /** A copy with another embedding size. */
  public SeparableCriticOptions withEmbedding(int size) {
    return new SeparableCriticOptions(hidden, size, activation);
  }

  /** A copy with another activation. */
  public SeparableCriticOptions withActivation(Activation newActivation) {
    return new SeparableCriticOptions(hidden, embedding, newActivation);
  }

  /**
   * Reads {@code hidden}, {@code embedding} and {@code activation} from flat properties (missing
   * ones take their defaults).
   *
   * @throws org.mine4j.api.MineException INVALID_OPTIONS for an unknown name or a malformed or
   *     out-of-range value
   */
  public static SeparableCriticOptions fromProperties(Map<String, String> properties) {
    requireNonNull(properties, "properties is null");
    OptionValues values = OptionValues.parse(COMPONENT, SPECS, properties);
    int[] hidden = values.intList("hidden");
    int embedding = values.intValue("embedding");
    String activation = values.choice("activation", Activation.optionNames());
    try {
      return new SeparableCriticOptions(hidden, embedding, Activation.fromOptionName(activation));
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }

  /** The options as flat properties; {@link #fromProperties} reads them back. */
  public Map<String, String> toProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("hidden", hiddenText());
    properties.put("embedding", Integer.toString(embedding));
    properties.put("activation", activation.optionName());
    return Collections.unmodifiableMap(properties);
  }

  /** The hidden sizes as {@code 256,256}. */
  public String hiddenText() {
    return Arrays.stream(hidden).mapToObj(Integer::toString).collect(Collectors.joining(","));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SeparableCriticOptions o
        && Arrays.equals(hidden, o.hidden)
        && embedding == o.embedding
        && activation == o.activation;
  }

  @Override
  public int hashCode() {
    return (31 * Arrays.hashCode(hidden) + embedding) * 31 + activation.hashCode();
  }

  @Override
  public String toString() {
    return "SeparableCriticOptions[hidden="
        + hiddenText()
        + ", embedding="
        + embedding
        + ", activation="
        + activation.optionName()
        + "]";
  }
}
