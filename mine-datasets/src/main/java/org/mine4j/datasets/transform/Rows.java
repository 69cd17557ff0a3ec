package org.mine4j.datasets.transform;

import org.mine4j.api.data.Samples;

/** Row access in double for the transforms. */
final class Rows {
  private Rows() {}

  static double[] x(Samples samples, int row) {
    double[] v = new double[samples.dimX()];
    for (int j = 0; j < v.length; j++) {
      v[j] = samples.x(row, j);
    }
    return v;
  }

  static double[] y(Samples samples, int row) {
    double[] v = new double[samples.dimY()];
    for (int j = 0; j < v.length; j++) {
      v[j] = samples.y(row, j);
    }
    return v;
  }

  /** Writes v as row {@code row} of a row-major float array with v.length columns. */
  static void store(double[] v, float[] dst, int row) {
    for (int j = 0; j < v.length; j++) {
      dst[row * v.length + j] = (float) v[j];
    }
  }
}
