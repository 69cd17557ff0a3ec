package org.mine4j.estimators.nonparametric.internal;

import static java.util.Objects.requireNonNull;

/**
 * The Cholesky factor L (A = L Lᵀ, L lower triangular) of a symmetric positive definite matrix, in
 * plain Java doubles, with log-determinants of A and of its leading blocks and triangular solves.
 * Sized for covariance matrices of a few dozen columns.
 */
public final class Cholesky {
  private final double[][] factor;

  private Cholesky(double[][] factor) {
    this.factor = factor;
  }

  /**
   * Factors {@code a} (only its lower triangle is read), or reports the first column whose pivot is
   * not above {@code tolerance} times its diagonal entry: that column is (numerically) a linear
   * combination of the columns before it.
   *
   * @return the factor, or {@code null} with {@code failedColumn[0]} set to the column
   */
  public static Cholesky factor(double[][] a, double tolerance, int[] failedColumn) {
    requireNonNull(a, "a is null");
    int d = a.length;
    double[][] l = new double[d][d];
    for (int j = 0; j < d; j++) {
      double pivot = a[j][j];
      for (int m = 0; m < j; m++) {
        pivot -= l[j][m] * l[j][m];
      }
      if (!(pivot > tolerance * a[j][j])) {
        failedColumn[0] = j;
        return null;
      }
      double root = Math.sqrt(pivot);
      l[j][j] = root;
      for (int i = j + 1; i < d; i++) {
        double s = a[i][j];
        for (int m = 0; m < j; m++) {
          s -= l[i][m] * l[j][m];
        }
        l[i][j] = s / root;
      }
    }
    return new Cholesky(l);
  }

  /** The order of the matrix. */
  public int size() {
    return factor.length;
  }

  /** ln det of the leading {@code m x m} block of A (m = size() for A itself). */
  public double logDeterminant(int m) {
    double sum = 0;
    for (int i = 0; i < m; i++) {
      sum += Math.log(factor[i][i]);
    }
    return 2 * sum;
  }

  /**
   * Solves L v = b for the leading {@code m x m} block of L, in place ({@code b} has at least m
   * entries).
   */
  public void solveLower(int m, double[] b) {
    for (int i = 0; i < m; i++) {
      double s = b[i];
      for (int j = 0; j < i; j++) {
        s -= factor[i][j] * b[j];
      }
      b[i] = s / factor[i][i];
    }
  }
}
