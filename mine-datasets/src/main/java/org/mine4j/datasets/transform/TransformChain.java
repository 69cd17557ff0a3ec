package org.mine4j.datasets.transform;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Transforms applied in order to one side of dimension n, f = f_k ∘ … ∘ f_1, with the dimension
 * after each step fixed at construction; the inverse undoes them in reverse order. The empty chain
 * is the identity. Immutable.
 */
public final class TransformChain {
  private final List<Transform> steps;
  private final int[] dimensions;

  /**
   * @throws IllegalArgumentException if a step is not defined in the dimension it receives
   */
  public TransformChain(int inputDimension, List<? extends Transform> steps) {
    this.steps = List.copyOf(requireNonNull(steps, "steps is null"));
    this.dimensions = new int[this.steps.size() + 1];
    dimensions[0] = inputDimension;
    for (int k = 0; k < this.steps.size(); k++) {
      dimensions[k + 1] = this.steps.get(k).outputDimension(dimensions[k]);
    }
  }

  /** The identity on R^n. */
  public static TransformChain identity(int dimension) {
    return new TransformChain(dimension, List.of());
  }

  public boolean isIdentity() {
    return steps.isEmpty();
  }

  /** The steps, first applied first. */
  public List<Transform> steps() {
    return steps;
  }

  public int inputDimension() {
    return dimensions[0];
  }

  public int outputDimension() {
    return dimensions[steps.size()];
  }

  /** The option value: step names joined by commas ({@code none} for the identity). */
  public String name() {
    return isIdentity()
        ? "none"
        : steps.stream().map(Transform::optionName).collect(Collectors.joining(","));
  }

  /** f(in), a new array of the output dimension. */
  public double[] forward(double[] in) {
    double[] current = in;
    for (int k = 0; k < steps.size(); k++) {
      double[] next = new double[dimensions[k + 1]];
      steps.get(k).forward(current, next);
      current = next;
    }
    return current;
  }

  /** f⁻¹(in), a new array of the input dimension. */
  public double[] inverse(double[] in) {
    double[] current = in;
    for (int k = steps.size() - 1; k >= 0; k--) {
      double[] previous = new double[dimensions[k]];
      steps.get(k).inverse(current, previous);
      current = previous;
    }
    return current;
  }

  @Override
  public String toString() {
    return name() + " on R^" + inputDimension();
  }
}
