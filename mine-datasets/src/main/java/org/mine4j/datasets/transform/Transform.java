package org.mine4j.datasets.transform;

/**
 * An invertible map of one side's vector, x ∈ R^n ↦ f(x) ∈ R^m, applied to the samples of X or of
 * Y. Mutual information is invariant under such maps applied to X and Y separately, I(f(X); g(Y)) =
 * I(X;Y), and so is the pointwise log density ratio (the Jacobians cancel), which makes them the
 * tool of Czyż et al. 2023 ("Beyond normal", NeurIPS) for building hard tasks with a known answer.
 *
 * <p>Implementations are immutable and document their formula and inverse.
 */
public interface Transform {
  /** The option name, e.g. {@code cube}. */
  String optionName();

  /**
   * m for an input of dimension n.
   *
   * @throws IllegalArgumentException if the map is not defined in dimension n
   */
  int outputDimension(int inputDimension);

  /** out = f(in); in has length n, out length m. */
  void forward(double[] in, double[] out);

  /** out = f⁻¹(in) for a point of the image; in has length m, out length n. */
  void inverse(double[] in, double[] out);
}
