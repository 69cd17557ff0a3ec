package org.mine4j.datasets.internal;

import static java.util.Objects.requireNonNull;

/**
 * The Cholesky factor Σ = L Lᵀ of a symmetric positive definite matrix (row-major, lower triangle
 * read): log det Σ = 2 Σ ln L_ii, the quadratic form vᵀ Σ⁻¹ v = ‖L⁻¹ v‖² by forward substitution,
 * and L z, which maps N(0, I) draws to N(0, Σ). Immutable.
 */
public final class Cholesky {
  private final int n;
  private final double[] lower;
  private final double logDeterminant;

  private Cholesky(int n, double[] lower, double logDeterminant) {
    this.n = n;
    this.lower = lower;
    this.logDeterminant = logDeterminant;
  }

  /**
   * Factors the n × n row-major {@code matrix}.
   *
   * @throws IllegalArgumentException if it is not positive definite
   */
  public static Cholesky of(double[] matrix, int n) {
    requireNonNull(matrix, "matrix is null");
    if (matrix.length != n * n) {
      throw new IllegalArgumentException(
          "a " + n + "x" + n + " matrix has " + n * n + " values, found " + matrix.length);
    }
    double[] l = new double[n * n];
    double logDet = 0.0;
    for (int j = 0; j < n; j++) {
      for (int k = 0; k <= j; k++) {
        double sum = matrix[j * n + k];
        for (int p = 0; p < k; p++) {
          sum -= l[j * n + p] * l[k * n + p];
        }
        if (j == k) {
          if (!(sum > 0.0)) {
            throw new IllegalArgumentException("matrix is not positive definite");
          }
          l[j * n + j] = Math.sqrt(sum);
          logDet += 2.0 * Math.log(l[j * n + j]);
        } else {
          l[j * n + k] = sum / l[k * n + k];
        }
      }
    }
    return new Cholesky(n, l, logDet);
  }

  /** The rows and columns [from, to) of an n × n row-major matrix, as a new row-major matrix. */
  public static double[] block(double[] matrix, int n, int from, int to) {
    int m = to - from;
    double[] block = new double[m * m];
    for (int i = 0; i < m; i++) {
      System.arraycopy(matrix, (from + i) * n + from, block, i * m, m);
    }
    return block;
  }

  /** ln det Σ. */
  public double logDeterminant() {
    return logDeterminant;
  }

  /** vᵀ Σ⁻¹ v for the n values of {@code v} from {@code offset}. */
  public double quadraticForm(double[] v, int offset) {
    double[] w = new double[n];
    double sum = 0.0;
    for (int i = 0; i < n; i++) {
      double s = v[offset + i];
      for (int p = 0; p < i; p++) {
        s -= lower[i * n + p] * w[p];
      }
      w[i] = s / lower[i * n + i];
      sum += w[i] * w[i];
    }
    return sum;
  }

  /** L z into {@code out} (length n). */
  public void multiply(double[] z, double[] out) {
    for (int i = 0; i < n; i++) {
      double s = 0.0;
      for (int p = 0; p <= i; p++) {
        s += lower[i * n + p] * z[p];
      }
      out[i] = s;
    }
  }
}
