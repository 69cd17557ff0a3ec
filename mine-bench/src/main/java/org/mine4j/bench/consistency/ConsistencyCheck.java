package org.mine4j.bench.consistency;

/**
 * The self-consistency properties every MI estimator should show, whatever its bias: each compares
 * two estimates (or one with zero) within a tolerance derived from their sampling error. See {@link
 * ConsistencyProtocol} for the data and the tolerances.
 */
public enum ConsistencyCheck {
  /** X and Y independent: |I(X;Y)| within the tolerance of 0. */
  INDEPENDENCE("independence"),
  /**
   * Data processing inequality: I(X; g(Y)) at most I(X; Y) plus the tolerance, g non-invertible.
   */
  DATA_PROCESSING("data-processing"),
  /** Independent copies add up: I((X1,X2); (Y1,Y2)) equals I(X1;Y1) + I(X2;Y2). */
  ADDITIVITY("additivity"),
  /** Invariance under invertible affine maps of each side, mixing the coordinates. */
  AFFINE_INVARIANCE("invariance-affine"),
  /** Invariance under invertible non-linear maps of each coordinate (the datasets' transforms). */
  TRANSFORM_INVARIANCE("invariance-transform");

  private final String label;

  ConsistencyCheck(String label) {
    this.label = label;
  }

  /** The name in tables and files. */
  public String label() {
    return label;
  }
}
