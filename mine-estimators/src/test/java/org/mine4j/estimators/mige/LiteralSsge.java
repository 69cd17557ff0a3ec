package org.mine4j.estimators.mige;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

/**
 * SSGE written out term by term from Shi et al. (2018), eqs. 9, 13 and 14, with an independent
 * eigen-solver (Hipparchus): a reference for tests, slow and plain.
 */
final class LiteralSsge {
  private LiteralSsge() {}

  static double[] score(double[] x, int m, int dim, int kept, double sigma, double[] point) {
    double[][] k = new double[m][m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        k[i][j] = kernel(x, i, x, j, dim, sigma);
      }
    }
    // Hipparchus orders the eigenvalues from the largest.
    EigenDecompositionSymmetric eigen =
        new EigenDecompositionSymmetric(new Array2DRowRealMatrix(k));
    double[] out = new double[dim];
    for (int j = 0; j < kept; j++) {
      double lambda = eigen.getEigenvalue(j);
      double[] u = eigen.getEigenvector(j).toArray();
      // beta_j = -(1/M) sum_i grad psi_j(x_i); grad psi_j(a) = sqrt(M)/lambda sum_m u_m grad_a k(a,
      // x_m)
      double[] beta = new double[dim];
      for (int i = 0; i < m; i++) {
        for (int n = 0; n < m; n++) {
          double kin = kernel(x, i, x, n, dim, sigma);
          for (int c = 0; c < dim; c++) {
            double gradient = -kin * (x[i * dim + c] - x[n * dim + c]) / (sigma * sigma);
            beta[c] -= Math.sqrt(m) / lambda * u[n] * gradient / m;
          }
        }
      }
      double psi = 0;
      for (int n = 0; n < m; n++) {
        psi += Math.sqrt(m) / lambda * kernel(point, 0, x, n, dim, sigma) * u[n];
      }
      for (int c = 0; c < dim; c++) {
        out[c] += beta[c] * psi;
      }
    }
    return out;
  }

  private static double kernel(double[] a, int i, double[] b, int j, int dim, double sigma) {
    double s = 0;
    for (int c = 0; c < dim; c++) {
      double d = a[i * dim + c] - b[j * dim + c];
      s += d * d;
    }
    return Math.exp(-s / (2 * sigma * sigma));
  }
}
