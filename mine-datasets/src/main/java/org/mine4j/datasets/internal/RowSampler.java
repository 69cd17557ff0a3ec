package org.mine4j.datasets.internal;

import static java.util.Objects.requireNonNull;

import org.mine4j.api.data.Sampler;
import org.mine4j.api.data.Samples;

/**
 * A generator's {@link Sampler} built from a per-row draw: each row z = (x, y) is computed in
 * double by a {@link RowDraw} and stored as float32. Not thread-safe (the draw owns a random
 * stream).
 */
public final class RowSampler implements Sampler {
  /** One joint draw z = (x_0 … x_{dx−1}, y_0 … y_{dy−1}) written into its argument. */
  @FunctionalInterface
  public interface RowDraw {
    void draw(double[] z);
  }

  private final int dimX;
  private final int dimY;
  private final RowDraw draw;

  public RowSampler(int dimX, int dimY, RowDraw draw) {
    this.dimX = dimX;
    this.dimY = dimY;
    this.draw = requireNonNull(draw, "draw is null");
  }

  @Override
  public Samples next(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be non-negative, found " + n);
    }
    float[] x = new float[Math.multiplyExact(n, dimX)];
    float[] y = new float[Math.multiplyExact(n, dimY)];
    double[] z = new double[dimX + dimY];
    for (int i = 0; i < n; i++) {
      draw.draw(z);
      for (int j = 0; j < dimX; j++) {
        x[i * dimX + j] = (float) z[j];
      }
      for (int j = 0; j < dimY; j++) {
        y[i * dimY + j] = (float) z[dimX + j];
      }
    }
    return Samples.ofRowMajor(x, y, n, dimX, dimY);
  }

  /**
   * Row {@code row} of {@code samples} as one double vector z = (x, y), checking the dimensions.
   *
   * @throws IllegalArgumentException if the samples are not dx × dy
   */
  public static double[] row(Samples samples, int row, int dimX, int dimY) {
    requireNonNull(samples, "samples is null");
    if (samples.dimX() != dimX || samples.dimY() != dimY) {
      throw new IllegalArgumentException(
          "samples have dimX="
              + samples.dimX()
              + ", dimY="
              + samples.dimY()
              + " but this dataset has dim-x="
              + dimX
              + ", dim-y="
              + dimY);
    }
    double[] z = new double[dimX + dimY];
    for (int j = 0; j < dimX; j++) {
      z[j] = samples.x(row, j);
    }
    for (int j = 0; j < dimY; j++) {
      z[dimX + j] = samples.y(row, j);
    }
    return z;
  }
}
