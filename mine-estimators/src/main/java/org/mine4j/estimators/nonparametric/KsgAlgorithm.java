package org.mine4j.estimators.nonparametric;

/**
 * The two estimators of Kraskov, Stögbauer &amp; Grassberger (2004), which differ in how the
 * marginal neighbourhoods are sized.
 */
public enum KsgAlgorithm {
  /**
   * Algorithm 1 ({@code ksg}): I = ψ(k) + ψ(N) − ⟨ψ(n_x + 1) + ψ(n_y + 1)⟩, counting points
   * strictly within ε_i, the distance to the k-th joint neighbour. Lower statistical error.
   */
  ONE("ksg", "KSG-1"),
  /**
   * Algorithm 2 ({@code ksg2}): I = ψ(k) − 1/k + ψ(N) − ⟨ψ(n_x) + ψ(n_y)⟩, counting points within
   * or on ε_x(i), ε_y(i), the largest marginal distances among the k joint neighbours. Lower bias
   * in higher dimension.
   */
  TWO("ksg2", "KSG-2");

  private final String estimatorName;
  private final String label;

  KsgAlgorithm(String estimatorName, String label) {
    this.estimatorName = estimatorName;
    this.label = label;
  }

  /** The registered estimator name, {@code ksg} or {@code ksg2}. */
  public String estimatorName() {
    return estimatorName;
  }

  /** A short label, {@code KSG-1} or {@code KSG-2}. */
  public String label() {
    return label;
  }
}
