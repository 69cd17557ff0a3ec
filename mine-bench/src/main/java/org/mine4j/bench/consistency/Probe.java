package org.mine4j.bench.consistency;

/**
 * The sample sets each estimator sees in the consistency benchmark (the same draws for every
 * estimator). {@code JOINT} is the reference the data-processing and invariance checks compare
 * with.
 */
public enum Probe {
  /** X, Y independent Gaussians: I = 0. */
  INDEPENDENT("independent", "I(X;Y), X indep. Y"),
  /** (X, Y) Gaussian with correlated coordinate pairs. */
  JOINT("joint", "I(X;Y)"),
  /** {@code JOINT} with Y cut to its first half of coordinates. */
  PROJECTED("projected", "I(X;Y[first half])"),
  /** One-dimensional correlated pair, first copy. */
  COPY_1("copy-1", "I(X1;Y1)"),
  /** One-dimensional correlated pair, an independent second copy. */
  COPY_2("copy-2", "I(X2;Y2)"),
  /** The two copies side by side. */
  STACKED("stacked", "I((X1,X2);(Y1,Y2))"),
  /** {@code JOINT} under a random invertible affine map of each side. */
  AFFINE("affine", "I(AX+a;BY+b)"),
  /** {@code JOINT} under the datasets' coordinate-wise transforms (same draws). */
  TRANSFORMED("transformed", "I(f(X);h(Y))");

  private final String label;
  private final String quantity;

  Probe(String label, String quantity) {
    this.label = label;
    this.quantity = quantity;
  }

  /** The name in files. */
  public String label() {
    return label;
  }

  /** The quantity estimated, for tables. */
  public String quantity() {
    return quantity;
  }
}
