package org.mine4j.api.data;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mine4j.api.MineException;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * N paired samples (x_i, y_i), X in R^dx and Y in R^dy, stored row-major in double precision on the
 * heap, with a name per column (default {@code X0, X1, …, Y0, …}, as the bmi benchmark writes them;
 * a CSV header's names when read from one).
 *
 * <p>Double storage keeps data such as timestamps (1.7e9 + noise) or tiny magnitudes (1e-47) intact
 * until they are centred and scaled; the {@code float} accessors ({@link #x(int, int)}, {@link
 * #copyX(int, float[], int)}) serve critics, which train in float32 on standardised data. Heap
 * arrays keep the training loop free of native-array overhead; {@link #xArray()} and {@link
 * #yArray()} give ND4J copies for code that wants them. Every value is finite: construction rejects
 * NaN and infinities naming the row and column, so nothing downstream has to check again.
 */
public final class Samples {
  private final double[] x;
  private final double[] y;
  private final int rows;
  private final int dimX;
  private final int dimY;
  private final List<String> names;

  private Samples(double[] x, double[] y, int rows, int dimX, int dimY, List<String> names) {
    this.x = x;
    this.y = y;
    this.rows = rows;
    this.dimX = dimX;
    this.dimY = dimY;
    this.names = names;
  }

  /**
   * Wraps row-major double arrays (not copied: the caller hands them over). {@code x.length == rows
   * * dimX}, {@code y.length == rows * dimY}; every value must be finite.
   */
  public static Samples ofRowMajor(double[] x, double[] y, int rows, int dimX, int dimY) {
    requireNonNull(x, "x is null");
    requireNonNull(y, "y is null");
    checkShape(x.length, y.length, rows, dimX, dimY);
    Samples samples = new Samples(x, y, rows, dimX, dimY, defaultNames(dimX, dimY));
    samples.requireFinite(x, dimX, 0, "X");
    samples.requireFinite(y, dimY, dimX, "Y");
    return samples;
  }

  /**
   * Wraps row-major float arrays, widened to double. {@code x.length == rows * dimX}, {@code
   * y.length == rows * dimY}; every value must be finite.
   */
  public static Samples ofRowMajor(float[] x, float[] y, int rows, int dimX, int dimY) {
    requireNonNull(x, "x is null");
    requireNonNull(y, "y is null");
    checkShape(x.length, y.length, rows, dimX, dimY);
    return ofRowMajor(widen(x), widen(y), rows, dimX, dimY);
  }

  /** Copies two ND4J matrices (rows x dimX, rows x dimY) with the same number of rows. */
  public static Samples of(INDArray x, INDArray y) {
    requireNonNull(x, "x is null");
    requireNonNull(y, "y is null");
    if (x.rank() != 2 || y.rank() != 2) {
      throw MineException.invalidData(
          "samples must be matrices (rows x dims), found ranks " + x.rank() + " and " + y.rank());
    }
    if (x.rows() != y.rows()) {
      throw MineException.invalidData(
          "x and y must have the same number of rows, found " + x.rows() + " and " + y.rows());
    }
    double[] xs = x.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    double[] ys = y.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    return ofRowMajor(xs, ys, (int) x.rows(), (int) x.columns(), (int) y.columns());
  }

  private static void checkShape(int xLength, int yLength, int rows, int dimX, int dimY) {
    if (rows < 0 || dimX <= 0 || dimY <= 0) {
      throw MineException.invalidData(
          "samples need rows >= 0 and positive dimensions, found rows="
              + rows
              + " dimX="
              + dimX
              + " dimY="
              + dimY);
    }
    if (xLength != (long) rows * dimX || yLength != (long) rows * dimY) {
      throw MineException.invalidData(
          "sample arrays do not match their shape: x has "
              + xLength
              + " values for "
              + rows
              + "x"
              + dimX
              + ", y has "
              + yLength
              + " for "
              + rows
              + "x"
              + dimY);
    }
  }

  private static double[] widen(float[] values) {
    double[] wide = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      wide[i] = values[i];
    }
    return wide;
  }

  private static List<String> defaultNames(int dimX, int dimY) {
    List<String> names = new ArrayList<>(dimX + dimY);
    for (int c = 0; c < dimX; c++) {
      names.add("X" + c);
    }
    for (int c = 0; c < dimY; c++) {
      names.add("Y" + c);
    }
    return List.copyOf(names);
  }

  private void requireFinite(double[] values, int dim, int firstColumn, String side) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw MineException.invalidData(
            side
                + " value at row "
                + (i / dim + 1)
                + ", column "
                + (i % dim + 1)
                + " is "
                + values[i]
                + " (column "
                + names.get(firstColumn + i % dim)
                + "); remove or impute non-finite values first");
      }
    }
  }

  /**
   * A copy (sharing the values, which are never modified) whose columns are called {@code
   * columnNames}: dimX names of X, then dimY names of Y.
   */
  public Samples withColumnNames(List<String> columnNames) {
    requireNonNull(columnNames, "columnNames is null");
    if (columnNames.size() != dimX + dimY) {
      throw new IllegalArgumentException(
          "expected " + (dimX + dimY) + " column names, found " + columnNames.size());
    }
    return new Samples(x, y, rows, dimX, dimY, List.copyOf(columnNames));
  }

  /** The names of the dimX + dimY columns: X's, then Y's. */
  public List<String> columnNames() {
    return names;
  }

  /** The name of X column {@code col}. */
  public String xName(int col) {
    return names.get(col);
  }

  /** The name of Y column {@code col}. */
  public String yName(int col) {
    return names.get(dimX + col);
  }

  public int rows() {
    return rows;
  }

  public int dimX() {
    return dimX;
  }

  public int dimY() {
    return dimY;
  }

  /** x[row][col], rounded to float32 (for critics, which train in float32). */
  public float x(int row, int col) {
    return (float) x[row * dimX + col];
  }

  /** y[row][col], rounded to float32 (for critics, which train in float32). */
  public float y(int row, int col) {
    return (float) y[row * dimY + col];
  }

  /** x[row][col] in full double precision. */
  public double xValue(int row, int col) {
    return x[row * dimX + col];
  }

  /** y[row][col] in full double precision. */
  public double yValue(int row, int col) {
    return y[row * dimY + col];
  }

  /** Copies row {@code row} of X, rounded to float32, into {@code dst} at {@code offset}. */
  public void copyX(int row, float[] dst, int offset) {
    int from = row * dimX;
    for (int c = 0; c < dimX; c++) {
      dst[offset + c] = (float) x[from + c];
    }
  }

  /** Copies row {@code row} of Y, rounded to float32, into {@code dst} at {@code offset}. */
  public void copyY(int row, float[] dst, int offset) {
    int from = row * dimY;
    for (int c = 0; c < dimY; c++) {
      dst[offset + c] = (float) y[from + c];
    }
  }

  /** Copies row {@code row} of X into {@code dst} at {@code offset}. */
  public void copyX(int row, double[] dst, int offset) {
    System.arraycopy(x, row * dimX, dst, offset, dimX);
  }

  /** Copies row {@code row} of Y into {@code dst} at {@code offset}. */
  public void copyY(int row, double[] dst, int offset) {
    System.arraycopy(y, row * dimY, dst, offset, dimY);
  }

  /** The rows at {@code indices}, in that order (a copy). */
  public Samples select(int[] indices) {
    double[] xs = new double[indices.length * dimX];
    double[] ys = new double[indices.length * dimY];
    for (int i = 0; i < indices.length; i++) {
      copyX(indices[i], xs, i * dimX);
      copyY(indices[i], ys, i * dimY);
    }
    return new Samples(xs, ys, indices.length, dimX, dimY, names);
  }

  /** Rows {@code from} (inclusive) to {@code to} (exclusive), a copy. */
  public Samples slice(int from, int to) {
    if (from < 0 || to > rows || from > to) {
      throw new IndexOutOfBoundsException("slice " + from + ".." + to + " of " + rows + " rows");
    }
    return new Samples(
        Arrays.copyOfRange(x, from * dimX, to * dimX),
        Arrays.copyOfRange(y, from * dimY, to * dimY),
        to - from,
        dimX,
        dimY,
        names);
  }

  /** X as a new ND4J float matrix (rows x dimX). */
  public INDArray xArray() {
    return Nd4j.create(xRowMajor(), new long[] {rows, dimX}, DataType.FLOAT);
  }

  /** Y as a new ND4J float matrix (rows x dimY). */
  public INDArray yArray() {
    return Nd4j.create(yRowMajor(), new long[] {rows, dimY}, DataType.FLOAT);
  }

  /** A copy of X, row-major, rounded to float32. */
  public float[] xRowMajor() {
    return narrow(x);
  }

  /** A copy of Y, row-major, rounded to float32. */
  public float[] yRowMajor() {
    return narrow(y);
  }

  /** A copy of X, row-major, in double precision. */
  public double[] xValues() {
    return x.clone();
  }

  /** A copy of Y, row-major, in double precision. */
  public double[] yValues() {
    return y.clone();
  }

  private static float[] narrow(double[] values) {
    float[] narrow = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      narrow[i] = (float) values[i];
    }
    return narrow;
  }

  @Override
  public String toString() {
    return "Samples[" + rows + " rows, dimX=" + dimX + ", dimY=" + dimY + "]";
  }
}
