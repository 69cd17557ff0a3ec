package org.mine4j.api.data;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.mine4j.api.MineException;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * N paired samples (x_i, y_i), X in R^dx and Y in R^dy, stored row-major in float32 on the heap.
 *
 * <p>Heap arrays keep the training loop free of native-array overhead; {@link #xArray()} and {@link
 * #yArray()} give ND4J copies for code that wants them. Every value is finite: construction rejects
 * NaN and infinities naming the row and column, so nothing downstream has to check again.
 */
public final class Samples {
  private final float[] x;
  private final float[] y;
  private final int rows;
  private final int dimX;
  private final int dimY;

  private Samples(float[] x, float[] y, int rows, int dimX, int dimY) {
    this.x = x;
    this.y = y;
    this.rows = rows;
    this.dimX = dimX;
    this.dimY = dimY;
  }

  /**
   * Wraps row-major arrays (not copied: the caller hands them over). {@code x.length == rows *
   * dimX}, {@code y.length == rows * dimY}; every value must be finite.
   */
  public static Samples ofRowMajor(float[] x, float[] y, int rows, int dimX, int dimY) {
    requireNonNull(x, "x is null");
    requireNonNull(y, "y is null");
    if (rows < 0 || dimX <= 0 || dimY <= 0) {
      throw MineException.invalidData(
          "samples need rows >= 0 and positive dimensions, found rows="
              + rows
              + " dimX="
              + dimX
              + " dimY="
              + dimY);
    }
    if (x.length != (long) rows * dimX || y.length != (long) rows * dimY) {
      throw MineException.invalidData(
          "sample arrays do not match their shape: x has "
              + x.length
              + " values for "
              + rows
              + "x"
              + dimX
              + ", y has "
              + y.length
              + " for "
              + rows
              + "x"
              + dimY);
    }
    requireFinite(x, dimX, "X");
    requireFinite(y, dimY, "Y");
    return new Samples(x, y, rows, dimX, dimY);
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
    float[] xs = x.castTo(DataType.FLOAT).dup('c').data().asFloat();
    float[] ys = y.castTo(DataType.FLOAT).dup('c').data().asFloat();
    return ofRowMajor(xs, ys, (int) x.rows(), (int) x.columns(), (int) y.columns());
  }

  private static void requireFinite(float[] values, int dim, String side) {
    for (int i = 0; i < values.length; i++) {
      if (!Float.isFinite(values[i])) {
        throw MineException.invalidData(
            side
                + " value at row "
                + (i / dim + 1)
                + ", column "
                + (i % dim + 1)
                + " is "
                + values[i]
                + "; remove or impute non-finite values first");
      }
    }
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

  /** x[row][col]. */
  public float x(int row, int col) {
    return x[row * dimX + col];
  }

  /** y[row][col]. */
  public float y(int row, int col) {
    return y[row * dimY + col];
  }

  /** Copies row {@code row} of X into {@code dst} at {@code offset}. */
  public void copyX(int row, float[] dst, int offset) {
    System.arraycopy(x, row * dimX, dst, offset, dimX);
  }

  /** Copies row {@code row} of Y into {@code dst} at {@code offset}. */
  public void copyY(int row, float[] dst, int offset) {
    System.arraycopy(y, row * dimY, dst, offset, dimY);
  }

  /** The rows at {@code indices}, in that order (a copy). */
  public Samples select(int[] indices) {
    float[] xs = new float[indices.length * dimX];
    float[] ys = new float[indices.length * dimY];
    for (int i = 0; i < indices.length; i++) {
      copyX(indices[i], xs, i * dimX);
      copyY(indices[i], ys, i * dimY);
    }
    return new Samples(xs, ys, indices.length, dimX, dimY);
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
        dimY);
  }

  /** X as a new ND4J float matrix (rows x dimX). */
  public INDArray xArray() {
    return Nd4j.create(x.clone(), new long[] {rows, dimX}, DataType.FLOAT);
  }

  /** Y as a new ND4J float matrix (rows x dimY). */
  public INDArray yArray() {
    return Nd4j.create(y.clone(), new long[] {rows, dimY}, DataType.FLOAT);
  }

  /** A copy of X, row-major. */
  public float[] xRowMajor() {
    return x.clone();
  }

  /** A copy of Y, row-major. */
  public float[] yRowMajor() {
    return y.clone();
  }

  @Override
  public String toString() {
    return "Samples[" + rows + " rows, dimX=" + dimX + ", dimY=" + dimY + "]";
  }
}
