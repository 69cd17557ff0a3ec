package org.mine4j.datasets.internal;

import static java.util.Objects.requireNonNull;

/**
 * The Cholesky factor L of a symmetric positive definite matrix A = L Lᵀ (L lower triangular with a
 * positive diagonal), by the Cholesky–Banachiewicz recurrence L_jj = √(A_jj − Σ_{p<j} L_jp²), L_jk
 * = (A_jk − Σ_{p<k} L_jp L_kp) / L_kk. From it: ln det A = 2 Σ ln L_jj, the quadratic form zᵀA⁻¹z =
 * ‖L⁻¹z‖² by forward substitution, and Lz, which maps i.i.d. N(0, 1) draws to N(0, A) draws.
 *
 * <p>Plain {@code double[][]} arithmetic, O(n³/6) to factor and O(n²/2) per solve: enough for the
 * covariance matrices of synthetic tasks (tens to a hundred coordinates). Immutable.
 */
public final class Cholesky {
  private final double[][] lower;
  private final double logDeterminant;

  private Cholesky(double[][] lower) {
    this.lower = lower;
    double sum = 0.0;
    for (int j = 0; j < lower.length; j++) {
      sum += 2.0 * Math.log(lower[j][j]);
    }
    this.logDeterminant = sum;
  }

  /**
   * Factors the square, symmetric matrix {@code a} (only its lower triangle is read).
   *
   * @throws IllegalArgumentException if {@code a} is not square, has a non-finite entry, or is not
   *     positive definite (naming the first failing pivot)
   */
  public static Cholesky of(double[][] a) {
    requireNonNull(a, "a is null");
    int n = a.length;
    if (n == 0) {
      throw new IllegalArgumentException("the matrix is empty");
    }
    double[][] l = new double[n][n];
    for (int j = 0; j < n; j++) {
      if (a[j] == null || a[j].length != n) {
        throw new IllegalArgumentException(
            "the matrix is not square: row " + j + " does not have " + n + " entries");
      }
      for (int k = 0; k <= j; k++) {
        double sum = a[j][k];
        if (!Double.isFinite(sum)) {
          throw new IllegalArgumentException("entry (" + j + ", " + k + ") is " + sum);
        }
        for (int p = 0; p < k; p++) {
          sum -= l[j][p] * l[k][p];
        }
        if (j == k) {
          if (!(sum > 0.0)) {
            throw new IllegalArgumentException(
                "the matrix is not positive definite (Cholesky pivot "
                    + j
                    + " is "
                    + sum
                    + "); use a symmetric matrix with positive eigenvalues, e.g. correlations"
                    + " of magnitude below 1 that are jointly consistent");
          }
          l[j][j] = Math.sqrt(sum);
        } else {
          l[j][k] = sum / l[k][k];
        }
      }
    }
    return new Cholesky(l);
  }

  /** n, the order of the matrix. */
  public int dimension() {
    return lower.length;
  }

  /** ln det A = 2 Σ_j ln L_jj. */
  public double logDeterminant() {
    return logDeterminant;
  }

  /**
   * zᵀA⁻¹z = ‖L⁻¹z‖², reading n entries of {@code z} from {@code offset}.
   *
   * @param z a vector holding the n entries at {@code offset}
   */
  public double quadraticForm(double[] z, int offset) {
    int n = lower.length;
    double[] w = new double[n];
    double sum = 0.0;
    for (int j = 0; j < n; j++) {
      double v = z[offset + j];
      double[] row = lower[j];
      for (int p = 0; p < j; p++) {
        v -= row[p] * w[p];
      }
      w[j] = v / row[j];
      sum += w[j] * w[j];
    }
    return sum;
  }

  /** out = L·e (out and e distinct, both of length n): N(0, I) draws e become N(0, A) draws. */
  public void multiply(double[] e, double[] out) {
    int n = lower.length;
    for (int j = 0; j < n; j++) {
      double v = 0.0;
      double[] row = lower[j];
      for (int p = 0; p <= j; p++) {
        v += row[p] * e[p];
      }
      out[j] = v;
    }
  }

  /** The diagonal block of {@code a} of rows and columns [from, to), a copy. */
  public static double[][] block(double[][] a, int from, int to) {
    double[][] b = new double[to - from][to - from];
    for (int j = from; j < to; j++) {
      System.arraycopy(a[j], from, b[j - from], 0, to - from);
    }
    return b;
  }

  /**
   * Factors the n × n row-major {@code matrix} (the flat form used by the mixture datasets).
   *
   * @throws IllegalArgumentException if it is not n × n or not positive definite
   */
  public static Cholesky of(double[] matrix, int n) {
    requireNonNull(matrix, "matrix is null");
    if (n < 1 || matrix.length != n * n) {
      throw new IllegalArgumentException(
          "a " + n + "x" + n + " matrix has " + n * n + " values, found " + matrix.length);
    }
    double[][] rows = new double[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(matrix, i * n, rows[i], 0, n);
    }
    return of(rows);
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
}
