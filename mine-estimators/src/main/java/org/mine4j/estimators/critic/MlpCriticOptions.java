package org.mine4j.estimators.critic;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;

/**
 * Validated options of the MLP critic of MINE (Belghazi et al. 2018), shared by the fast {@code
 * concat} critic and the {@code samediff-mlp} one: hidden layer sizes and activation.
 *
 * <p>As properties: {@code hidden} (comma-separated positive sizes, default {@code 100,100}, the
 * MINE paper's critic) and {@code activation} ({@code relu}, {@code tanh} or {@code elu}; default
 * {@code relu}).
 *
 * @param hidden hidden layer sizes, at least one, each positive (defensively copied)
 * @param activation the hidden activation
 */
public record MlpCriticOptions(int[] hidden, Activation activation) {
  /** The accepted properties with their defaults. */
  public static final List<OptionSpec> SPECS =
      List.of(
          new OptionSpec("hidden", "100,100", "hidden layer sizes, comma-separated"),
          new OptionSpec(
              "activation",
              "relu",
              "hidden activation: " + String.join(", ", Activation.optionNames())));

  public MlpCriticOptions {
    requireNonNull(activation, "activation is null");
    hidden = checkedHidden(hidden);
  }

  /**
   * A copy of {@code hidden} after checking it lists at least one layer, each of positive size.
   *
   * @throws IllegalArgumentException naming the bad size
   */
  public static int[] checkedHidden(int[] hidden) {
    requireNonNull(hidden, "hidden is null");
    if (hidden.length == 0) {
      throw new IllegalArgumentException("hidden must list at least one layer size");
    }
    for (int size : hidden) {
      if (size <= 0) {
        throw new IllegalArgumentException("hidden sizes must be positive, found " + size);
      }
    }
    return hidden.clone();
  }

  /** hidden = 100,100, activation = relu. */
  public static MlpCriticOptions defaults() {
    return new MlpCriticOptions(new int[] {100, 100}, Activation.RELU);
  }

  /** The hidden sizes (a copy). */
  @Override
  public int[] hidden() {
    return hidden.clone();
  }

  /** A copy with other hidden sizes. */
  public MlpCriticOptions withHidden(int... sizes) {
    return new MlpCriticOptions(sizes, activation);
  }

  /** A copy with another activation. */
  public MlpCriticOptions withActivation(Activation newActivation) {
    return new MlpCriticOptions(hidden, newActivation);
  }

  /**
   * Reads {@code hidden} and {@code activation} from flat properties (missing ones take their
   * defaults).
   *
   * @throws org.mine4j.api.MineException INVALID_OPTIONS for an unknown name or a malformed or
   *     out-of-range value
   */
  public static MlpCriticOptions fromProperties(Map<String, String> properties) {
    return fromProperties(ConcatMlpNetworkFactory.NAME, properties);
  }

  /** As {@link #fromProperties(Map)}, naming network {@code networkName} in error messages. */
  public static MlpCriticOptions fromProperties(
      String networkName, Map<String, String> properties) {
    requireNonNull(properties, "properties is null");
    OptionValues values = OptionValues.parse("network '" + networkName + "'", SPECS, properties);
    int[] hidden = values.intList("hidden");
    String activation = values.choice("activation", Activation.optionNames());
    try {
      return new MlpCriticOptions(hidden, Activation.fromOptionName(activation));
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }

  /**
   * {@code hidden} and {@code activation} as flat properties; {@link #fromProperties} reads them
   * back.
   */
  public Map<String, String> toProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("hidden", hiddenText());
    properties.put("activation", activation.optionName());
    return Collections.unmodifiableMap(properties);
  }

  /** The hidden sizes as {@code 100,100}. */
  public String hiddenText() {
    return Arrays.stream(hidden).mapToObj(Integer::toString).collect(Collectors.joining(","));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MlpCriticOptions o
        && Arrays.equals(hidden, o.hidden)
        && activation == o.activation;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(hidden) + activation.hashCode();
  }

  @Override
  public String toString() {
    return "MlpCriticOptions[hidden="
        + hiddenText()
        + ", activation="
        + activation.optionName()
        + "]";
  }
}
