package org.mine4j.estimators.critic;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The hidden-layer non-linearity of an MLP critic (MINE, Belghazi et al. 2018, uses ReLU). Each
 * activation's derivative is computed from its output h = act(z), so a network keeps only
 * post-activation values for back-propagation.
 */
public enum Activation {
  /** max(0, z); derivative 1 where h &gt; 0, else 0. */
  RELU("relu"),
  /** tanh(z); derivative 1 - h^2. */
  TANH("tanh"),
  /** z for z &gt; 0, e^z - 1 otherwise (alpha = 1); derivative 1 where h &gt; 0, else h + 1. */
  ELU("elu");

  private final String optionName;

  Activation(String optionName) {
    this.optionName = optionName;
  }

  /** The lowercase option value, e.g. {@code relu}. */
  public String optionName() {
    return optionName;
  }

  /** act(z). */
  public float apply(float z) {
    return switch (this) {
      case RELU -> Math.max(0f, z);
      case TANH -> (float) Math.tanh(z);
      case ELU -> z > 0f ? z : (float) Math.expm1(z);
    };
  }

  /** act'(z) expressed through the output h = act(z). */
  public float derivativeFromOutput(float h) {
    return switch (this) {
      case RELU -> h > 0f ? 1f : 0f;
      case TANH -> 1f - h * h;
      case ELU -> h > 0f ? 1f : h + 1f;
    };
  }

  /** Applies the activation in place to {@code v[0..n)}. */
  public void applyInPlace(float[] v, int n) {
    switch (this) {
      case RELU -> {
        for (int j = 0; j < n; j++) {
          v[j] = Math.max(0f, v[j]);
        }
      }
      case TANH -> {
        for (int j = 0; j < n; j++) {
          v[j] = (float) Math.tanh(v[j]);
        }
      }
      case ELU -> {
        for (int j = 0; j < n; j++) {
          float z = v[j];
          v[j] = z > 0f ? z : (float) Math.expm1(z);
        }
      }
    }
  }

  /**
   * {@code d[j] *= act'(z_j)} for {@code j < n}, computed from the outputs {@code h[j] = act(z_j)};
   * branch-free so that the JIT vectorises it.
   */
  public void multiplyByDerivative(float[] d, float[] h, int n) {
    switch (this) {
      case RELU -> {
        // h >= 0 after a ReLU; min(1, h * MAX * MAX) is exactly 1 for every positive float and 0
        // for h == 0.
        for (int j = 0; j < n; j++) {
          d[j] *= Math.min(1f, h[j] * Float.MAX_VALUE * Float.MAX_VALUE);
        }
      }
      case TANH -> {
        for (int j = 0; j < n; j++) {
          d[j] *= 1f - h[j] * h[j];
        }
      }
      case ELU -> {
        // 1 where h > 0, h + 1 = e^z otherwise.
        for (int j = 0; j < n; j++) {
          d[j] *= 1f + Math.min(0f, h[j]);
        }
      }
    }
  }

  /** The option names of all activations, in declaration order. */
  public static List<String> optionNames() {
    return Arrays.stream(values()).map(Activation::optionName).toList();
  }

  /**
   * The activation with the given option name (case-insensitive).
   *
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  public static Activation fromOptionName(String name) {
    requireNonNull(name, "name is null");
    String lower = name.trim().toLowerCase(Locale.ROOT);
    for (Activation a : values()) {
      if (a.optionName.equals(lower)) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "activation must be one of " + String.join(", ", optionNames()) + ", found '" + name + "'");
  }
}
