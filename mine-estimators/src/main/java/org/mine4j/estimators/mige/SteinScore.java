package org.mine4j.estimators.mige;

import static java.util.Objects.requireNonNull;

/**
 * A fitted SSGE score estimate ŝ(x) ≈ ∇ log q(x) (Shi et al. 2018, eq. 14), evaluable at the
 * samples it was fitted on and, by the Nyström extension of its eigenfunctions, at any other point:
 * ŝ(x) = Σ_m k(x, x_m) c_m. Immutable.
 */
public final class SteinScore {
  private final double[] samples;
  private final int rows;
  private final int dim;
  private final double bandwidth;
  private final int eigenpairs;
  private final double[] coefficients;

  SteinScore(
      double[] samples,
      int rows,
      int dim,
      double bandwidth,
      int eigenpairs,
      double[] coefficients) {
    this.samples = requireNonNull(samples, "samples is null");
    this.rows = rows;
    this.dim = dim;
    this.bandwidth = bandwidth;
    this.eigenpairs = eigenpairs;
    this.coefficients = requireNonNull(coefficients, "coefficients is null");
  }

  /** The RBF kernel's width sigma that was used. */
  public double bandwidth() {
    return bandwidth;
  }

  /** J, the number of eigenpairs kept. */
  public int eigenpairs() {
    return eigenpairs;
  }

  /** M, the number of samples it was fitted on. */
  public int samples() {
    return rows;
  }

  public int dim() {
    return dim;
  }

  /**
   * ŝ at every row of {@code points} (n x dim, row-major); returns n x dim, row-major.
   *
   * @throws IllegalArgumentException if the points are not rows of {@link #dim()} values
   */
  public double[] at(double[] points, int n) {
    requireNonNull(points, "points is null");
    if (points.length != (long) n * dim) {
      throw new IllegalArgumentException(
          "points must be " + n + " rows of " + dim + " values, found " + points.length);
    }
    double[] kernel =
        RbfKernel.kernelInPlace(
            RbfKernel.squaredDistances(points, n, samples, rows, dim), bandwidth);
    double[] out = new double[n * dim];
    for (int i = 0; i < n; i++) {
      for (int m = 0; m < rows; m++) {
        double k = kernel[i * rows + m];
        for (int c = 0; c < dim; c++) {
          out[i * dim + c] += k * coefficients[m * dim + c];
        }
      }
    }
    return out;
  }
}
