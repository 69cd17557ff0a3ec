package org.mine4j.api.gradient;

import static java.util.Objects.requireNonNull;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The gradient of an MI estimate with respect to the samples of one batch: dI/dx_i and dI/dy_i for
 * every row i, stored row-major ({@code x[i * dimX + c]} = dI/dx_{i,c}). Through the chain rule it
 * is what an encoder or generator that produced x (or y) receives from an MI term (Belghazi et al.
 * 2018, sections 5.1 and 5.3). Arrays are owned by the record: accessors return copies.
 *
 * @param x dI/dx, rows x dimX, row-major
 * @param y dI/dy, rows x dimY, row-major
 * @param rows the number of sample rows
 * @param dimX the dimension of x
 * @param dimY the dimension of y
 */
public record SampleGradient(float[] x, float[] y, int rows, int dimX, int dimY) {
  public SampleGradient {
    requireNonNull(x, "x is null");
    requireNonNull(y, "y is null");
    if (rows < 0 || dimX <= 0 || dimY <= 0) {
      throw new IllegalArgumentException(
          "rows must be >= 0 and dimensions positive, found " + rows + ", " + dimX + ", " + dimY);
    }
    if (x.length != (long) rows * dimX || y.length != (long) rows * dimY) {
      throw new IllegalArgumentException(
          "gradient arrays do not match their shape: x has "
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
    x = x.clone();
    y = y.clone();
  }

  /** dI/dx, row-major (a copy). */
  @Override
  public float[] x() {
    return x.clone();
  }

  /** dI/dy, row-major (a copy). */
  @Override
  public float[] y() {
    return y.clone();
  }

  /** dI/dx_{row,col}. */
  public float x(int row, int col) {
    return x[row * dimX + col];
  }

  /** dI/dy_{row,col}. */
  public float y(int row, int col) {
    return y[row * dimY + col];
  }

  /** dI/dx as rows x dimX nested arrays, for plain Java. */
  public float[][] xRows() {
    return nested(x, rows, dimX);
  }

  /** dI/dy as rows x dimY nested arrays, for plain Java. */
  public float[][] yRows() {
    return nested(y, rows, dimY);
  }

  /** dI/dx as a new ND4J float matrix (rows x dimX). */
  public INDArray xArray() {
    return Nd4j.create(x.clone(), new long[] {rows, dimX}, DataType.FLOAT);
  }

  /** dI/dy as a new ND4J float matrix (rows x dimY). */
  public INDArray yArray() {
    return Nd4j.create(y.clone(), new long[] {rows, dimY}, DataType.FLOAT);
  }

  /** This gradient times {@code factor} (e.g. the weight beta of an MI term, with its sign). */
  public SampleGradient scaled(double factor) {
    float[] sx = x.clone();
    float[] sy = y.clone();
    for (int i = 0; i < sx.length; i++) {
      sx[i] *= (float) factor;
    }
    for (int i = 0; i < sy.length; i++) {
      sy[i] *= (float) factor;
    }
    return new SampleGradient(sx, sy, rows, dimX, dimY);
  }

  private static float[][] nested(float[] flat, int rows, int cols) {
    float[][] out = new float[rows][cols];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(flat, r * cols, out[r], 0, cols);
    }
    return out;
  }
}
