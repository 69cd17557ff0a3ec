package org.mine4j.datasets.internal;

import static java.util.Objects.requireNonNull;

/**
 * A zero-mean multivariate normal N(0, Σ) on (X, Y) ∈ R^dx × R^dy, split into its X block (the
 * first dx coordinates) and Y block: the shared core of the Gaussian tasks and of the Student-t
 * scale matrix. Exact mutual information I = ½[ln det Σ_XX + ln det Σ_YY − ln det Σ] (Cover &amp;
 * Thomas, ch. 8; SPEC §4), pointwise log density ratio −½[zᵀΣ⁻¹z − xᵀΣ_XX⁻¹x − yᵀΣ_YY⁻¹y] + I_0
 * with I_0 = ½[ln det Σ_XX + ln det Σ_YY − ln det Σ]. Immutable.
 */
public final class SplitNormal {
  private final int dimX;
  private final int dimY;
  private final Cholesky joint;
  private final Cholesky marginalX;
  private final Cholesky marginalY;

  /**
   * @param covariance Σ, (dx + dy) × (dx + dy), symmetric positive definite
   * @throws IllegalArgumentException if the shape is wrong or Σ is not positive definite
   */
  public SplitNormal(int dimX, int dimY, double[][] covariance) {
    requireNonNull(covariance, "covariance is null");
    if (dimX < 1 || dimY < 1) {
      throw new IllegalArgumentException(
          "dimensions must be at least 1, found dim-x=" + dimX + ", dim-y=" + dimY);
    }
    int n = dimX + dimY;
    if (covariance.length != n) {
      throw new IllegalArgumentException(
          "the covariance must be "
              + n
              + "x"
              + n
              + " (dim-x + dim-y), found "
              + covariance.length
              + " rows");
    }
    this.dimX = dimX;
    this.dimY = dimY;
    this.joint = Cholesky.of(covariance);
    this.marginalX = Cholesky.of(Cholesky.block(covariance, 0, dimX));
    this.marginalY = Cholesky.of(Cholesky.block(covariance, dimX, n));
  }

  public int dimX() {
    return dimX;
  }

  public int dimY() {
    return dimY;
  }

  /** ½[ln det Σ_XX + ln det Σ_YY − ln det Σ] in nats. */
  public double mutualInformation() {
    return 0.5 * (marginalX.logDeterminant() + marginalY.logDeterminant() - joint.logDeterminant());
  }

  /**
   * The three quadratic forms (zᵀΣ⁻¹z, xᵀΣ_XX⁻¹x, yᵀΣ_YY⁻¹y) of z = (x, y), written to {@code out}.
   */
  public void quadraticForms(double[] z, double[] out) {
    out[0] = joint.quadraticForm(z, 0);
    out[1] = marginalX.quadraticForm(z, 0);
    out[2] = marginalY.quadraticForm(z, dimX);
  }

  /** log N(z; 0, Σ) − log N(x; 0, Σ_XX) − log N(y; 0, Σ_YY) for z = (x, y). */
  public double logDensityRatio(double[] z) {
    double[] q = new double[3];
    quadraticForms(z, q);
    return mutualInformation() - 0.5 * (q[0] - q[1] - q[2]);
  }

  /** Fills {@code z} (length dx + dy) with one N(0, Σ) draw. */
  public void sample(StandardNormal normal, double[] z) {
    double[] e = new double[z.length];
    for (int j = 0; j < e.length; j++) {
      e[j] = normal.next();
    }
    joint.multiply(e, z);
  }
}
