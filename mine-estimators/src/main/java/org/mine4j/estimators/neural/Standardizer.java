package org.mine4j.estimators.neural;

import org.mine4j.api.data.Samples;

/**
 * Per-column affine standardisation (zero mean, unit variance) fitted on training rows and applied
 * to both halves, in double precision: the critic then sees values of order 1, which float32
 * resolves to 6e-8 of their spread, whatever the data's offset or scale (timestamps of 1.7e9 with a
 * spread of 1, values of 1e-47). Mutual information is invariant under invertible per-coordinate
 * maps, so this changes conditioning, not the target. A constant column is centred and left
 * unscaled.
 */
final class Standardizer {
  private final double[] meanX;
  private final double[] scaleX;
  private final double[] meanY;
  private final double[] scaleY;

  private Standardizer(double[] meanX, double[] scaleX, double[] meanY, double[] scaleY) {
    this.meanX = meanX;
    this.scaleX = scaleX;
    this.meanY = meanY;
    this.scaleY = scaleY;
  }

  static Standardizer fit(Samples samples) {
    double[][] x = moments(samples, true);
    double[][] y = moments(samples, false);
    return new Standardizer(x[0], x[1], y[0], y[1]);
  }

  Samples apply(Samples samples) {
    int n = samples.rows();
    double[] x = new double[n * samples.dimX()];
    double[] y = new double[n * samples.dimY()];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < samples.dimX(); c++) {
        x[i * samples.dimX() + c] = (samples.xValue(i, c) - meanX[c]) / scaleX[c];
      }
      for (int c = 0; c < samples.dimY(); c++) {
        y[i * samples.dimY() + c] = (samples.yValue(i, c) - meanY[c]) / scaleY[c];
      }
    }
    return Samples.ofRowMajor(x, y, n, samples.dimX(), samples.dimY())
        .withColumnNames(samples.columnNames());
  }

  /** Two-pass mean and standard deviation in double (no cancellation from a large offset). */
  private static double[][] moments(Samples samples, boolean xSide) {
    int dim = xSide ? samples.dimX() : samples.dimY();
    double[] mean = new double[dim];
    double[] scale = new double[dim];
    int n = samples.rows();
    for (int c = 0; c < dim; c++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += value(samples, xSide, i, c);
      }
      mean[c] = sum / n;
      double squares = 0;
      for (int i = 0; i < n; i++) {
        double d = value(samples, xSide, i, c) - mean[c];
        squares += d * d;
      }
      double sd = Math.sqrt(squares / Math.max(1, n - 1));
      scale[c] = sd > 0 ? sd : 1.0;
    }
    return new double[][] {mean, scale};
  }

  private static double value(Samples samples, boolean xSide, int row, int col) {
    return xSide ? samples.xValue(row, col) : samples.yValue(row, col);
  }
}
