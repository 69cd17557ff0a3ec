package org.mine4j.estimators.critic.samediff;

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

/**
 * Validated options of the {@code samediff-mlp} critic, the concat MLP of MINE (Belghazi et al.
 * 2018) as a SameDiff graph: hidden layer sizes and activation.
 *
 * <p>As properties: {@code hidden} (comma-separated positive sizes, default {@code 100,100}, the
 * MINE paper's critic) and {@code activation} ({@code relu}, {@code tanh} or {@code elu}; default
 * {@code relu}).
 *
 * @param hidden hidden layer sizes, at least one, each positive (defensively copied)
 * @param activation the hidden activation
 */
public record SameDiffMlpOptions(int[] hidden, Activation activation) {
  /** The component name used in error messages. */
  static final String COMPONENT = "network '" + SameDiffMlpNetworkFactory.NAME + "'";

  /** The accepted properties with their defaults. */
  public static final List<OptionSpec> SPECS =
      List.of(
          new OptionSpec("hidden", "100,100", "hidden layer sizes, comma-separated"),
          new OptionSpec(
              "activation",
              "relu",
              "hidden activation: " + String.join(", ", Activation.optionNames())));

  public SameDiffMlpOptions {
    requireNonNull(hidden, "hidden is null");
    requireNonNull(activation, "activation is null");
    if (hidden.length == 0) {
      throw new IllegalArgumentException("hidden must list at least one layer size");
    }
    for (int size : hidden) {
      if (size <= 0) {
        throw new IllegalArgumentException("hidden sizes must be positive, found " + size);
      }
    }
    hidden = hidden.clone();
  }

  /** hidden = 100,100, activation = relu. */
  public static SameDiffMlpOptions defaults() {
    return new SameDiffMlpOptions(new int[] {100, 100}, Activation.RELU);
  }

  /** The hidden sizes (a copy). */
  @Override
  public int[] hidden() {
    return hidden.clone();
  }

  /** A copy with other hidden sizes. */
  public SameDiffMlpOptions withHidden(int... sizes) {
    return new SameDiffMlpOptions(sizes, activation);
  }

  /** A copy with another activation. */
  public SameDiffMlpOptions withActivation(Activation newActivation) {
    return new SameDiffMlpOptions(hidden, newActivation);
  }

  /**
   * Reads {@code hidden} and {@code activation} from flat properties (missing ones take their
   * defaults).
   *
   * @throws org.mine4j.api.MineException INVALID_OPTIONS for an unknown name or a malformed or
   *     out-of-range value
   */
  public static SameDiffMlpOptions fromProperties(Map<String, String> properties) {
    requireNonNull(properties, "properties is null");
    OptionValues values = OptionValues.parse(COMPONENT, SPECS, properties);
    int[] hidden = values.intList("hidden");
    String activation = values.choice("activation", Activation.optionNames());
    try {
      return new SameDiffMlpOptions(hidden, Activation.fromOptionName(activation));
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }

  /**
   * {@code hidden} and {@code activation} as flat properties; {@link #fromProperties} reads them.
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
    return other instanceof SameDiffMlpOptions o
        && Arrays.equals(hidden, o.hidden)
        && activation == o.activation;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(hidden) + activation.hashCode();
  }

  @Override
  public String toString() {
    return "SameDiffMlpOptions[hidden="
        + hiddenText()
        + ", activation="
        + activation.optionName()
        + "]";
  }
}
