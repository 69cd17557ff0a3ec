package org.mine4j.datasets.nonlinear;

import java.util.Arrays;
import java.util.List;

/**
 * The increasing functions f on [−1, 1] of the {@code nonlinear} dataset, each with its inverse on
 * the range [f(−1), f(1)] (the quadrature of p(y) places its pieces through the inverse): the
 * identity {@code x}, the {@code cube} x³ and {@code sin} x (increasing because 1 &lt; π/2).
 */
public enum NonlinearFunction {
  /** f(x) = x. */
  IDENTITY("x") {
    @Override
    public double apply(double x) {
      return x;
    }

    @Override
    public double inverse(double t) {
      return t;
    }
  },
  /** f(x) = x³. */
  CUBE("cube") {
    @Override
    public double apply(double x) {
      return x * x * x;
    }

    @Override
    public double inverse(double t) {
      return Math.cbrt(t);
    }
  },
  /** f(x) = sin x. */
  SIN("sin") {
    @Override
    public double apply(double x) {
      return Math.sin(x);
    }

    @Override
    public double inverse(double t) {
      return Math.asin(t);
    }
  };

  private final String optionName;

  NonlinearFunction(String optionName) {
    this.optionName = optionName;
  }

  /** f(x). */
  public abstract double apply(double x);

  /** f⁻¹(t) for t in [f(−1), f(1)]. */
  public abstract double inverse(double t);

  /** The name used in the {@code function} option: {@code x}, {@code cube} or {@code sin}. */
  public String optionName() {
    return optionName;
  }

  /** The option names of all functions. */
  public static List<String> optionNames() {
    return Arrays.stream(values()).map(NonlinearFunction::optionName).toList();
  }

  /** The function named {@code name} (one of {@link #optionNames()}). */
  public static NonlinearFunction ofOptionName(String name) {
    for (NonlinearFunction f : values()) {
      if (f.optionName.equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "function must be one of " + optionNames() + ", found '" + name + "'");
  }
}
