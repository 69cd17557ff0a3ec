package org.mine4j.estimators;

import static java.util.Objects.requireNonNull;

import org.mine4j.api.MineException;
import org.mine4j.api.data.Samples;

/**
 * Java arrays as {@link Samples}: checks that X and Y are rectangular, non-empty, of the same
 * number of rows and within float32's range, naming the first offending row and column.
 */
final class SampleArrays {
  private SampleArrays() {}

  static Samples of(double[][] x, double[][] y) {
    requireNonNull(x, "x is null");
    requireNonNull(y, "y is null");
    if (x.length != y.length) {
      throw MineException.invalidData(
          "x and y must have the same number of rows (row i of each is one joint sample), found "
              + x.length
              + " and "
              + y.length);
    }
    int dimX = width(x, "x");
    int dimY = width(y, "y");
    return Samples.ofRowMajor(flatten(x, dimX, "x"), flatten(y, dimY, "y"), x.length, dimX, dimY);
  }

  static Samples of(double[] x, double[] y) {
    requireNonNull(x, "x is null");
    requireNonNull(y, "y is null");
    if (x.length != y.length) {
      throw MineException.invalidData(
          "x and y must have the same length (one joint sample per index), found "
              + x.length
              + " and "
              + y.length);
    }
    float[] xs = new float[x.length];
    float[] ys = new float[y.length];
    for (int i = 0; i < x.length; i++) {
      xs[i] = toFloat(x[i], "x", i, 0);
      ys[i] = toFloat(y[i], "y", i, 0);
    }
    return Samples.ofRowMajor(xs, ys, x.length, 1, 1);
  }

  private static int width(double[][] rows, String name) {
    if (rows.length == 0) {
      throw MineException.invalidData(name + " has no rows; give at least a few hundred");
    }
    if (rows[0] == null || rows[0].length == 0) {
      throw MineException.invalidData(name + " row 1 is empty; every row needs a value per column");
    }
    return rows[0].length;
  }

  private static float[] flatten(double[][] rows, int width, String name) {
    float[] flat = new float[rows.length * width];
    for (int i = 0; i < rows.length; i++) {
      if (rows[i] == null || rows[i].length != width) {
        throw MineException.invalidData(
            name
                + " row "
                + (i + 1)
                + " has "
                + (rows[i] == null ? "no array" : rows[i].length + " values")
                + " where row 1 has "
                + width
                + "; every row needs the same number of columns");
      }
      for (int j = 0; j < width; j++) {
        flat[i * width + j] = toFloat(rows[i][j], name, i, j);
      }
    }
    return flat;
  }

  /** Finite doubles beyond float32's range would become infinite: say so instead. */
  private static float toFloat(double value, String name, int row, int column) {
    if (Double.isFinite(value) && Math.abs(value) > Float.MAX_VALUE) {
      throw MineException.invalidData(
          name
              + " value at row "
              + (row + 1)
              + ", column "
              + (column + 1)
              + " is "
              + value
              + ", beyond the float32 range of the samples (3.4e38); rescale the column");
    }
    // A NaN or an infinity is reported by Samples, naming the row and column.
    return (float) value;
  }
}
