package org.mine4j.estimators.mige;

import java.util.Arrays;

/**
 * The Gaussian (RBF) kernel k(a, b) = exp(-|a - b|^2 / (2 sigma^2)) on rows of a row-major matrix,
 * its gradient in the first argument, -k(a, b) (a - b) / sigma^2, and the median heuristic for
 * sigma.
 */
final class RbfKernel {
  private RbfKernel() {}

  /** |a_i - b_j|^2 for every row i of {@code a} and j of {@code b}, row-major (rowsA x rowsB). */
  static double[] squaredDistances(double[] a, int rowsA, double[] b, int rowsB, int dim) {
    double[] out = new double[rowsA * rowsB];
    for (int i = 0; i < rowsA; i++) {
      int ai = i * dim;
      for (int j = 0; j < rowsB; j++) {
        int bj = j * dim;
        double s = 0;
        for (int c = 0; c < dim; c++) {
          double d = a[ai + c] - b[bj + c];
          s += d * d;
        }
        out[i * rowsB + j] = s;
      }
    }
    return out;
  }

  /**
   * The median heuristic: the median of the M^2 pairwise distances |x_i - x_j| of the samples, the
   * M zeros of the diagonal included, as in the SSGE and MIGE authors' code (Shi et al. 2018; Wen
   * et al. 2020): the upper median, the (M^2 / 2)-th largest.
   */
  static double medianBandwidth(double[] squaredDistances) {
    double[] sorted = squaredDistances.clone();
    Arrays.sort(sorted);
    return Math.sqrt(sorted[sorted.length - sorted.length / 2]);
  }

  /** Turns squared distances into kernel values in place, for bandwidth sigma; returns them. */
  static double[] kernelInPlace(double[] squaredDistances, double sigma) {
    double scale = -1.0 / (2.0 * sigma * sigma);
    for (int i = 0; i < squaredDistances.length; i++) {
      squaredDistances[i] = Math.exp(squaredDistances[i] * scale);
    }
    return squaredDistances;
  }
}
