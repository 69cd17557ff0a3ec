package org.mine4j.bench.consistency;

import static java.util.Objects.requireNonNull;

import java.util.SplittableRandom;
import org.mine4j.api.data.Samples;

/**
 * The maps the consistency checks apply to samples: a non-invertible map of Y (keep its first
 * coordinates), the column-wise stacking of two independent copies, and a random invertible affine
 * map of each side. Every map works row by row on the same rows, so the estimates it is compared
 * with see the same draws.
 */
public final class SampleMaps {
  private SampleMaps() {}

  /** (X, Y) to (X, (Y_0, ..., Y_{keep-1})): data processing by a projection. */
  public static Samples keepFirstY(Samples samples, int keep) {
    requireNonNull(samples, "samples is null");
    if (keep < 1 || keep > samples.dimY()) {
      throw new IllegalArgumentException(
          "keep must be in [1, " + samples.dimY() + "], found " + keep);
    }
    int n = samples.rows();
    float[] y = new float[n * keep];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < keep; j++) {
        y[i * keep + j] = samples.y(i, j);
      }
    }
    return Samples.ofRowMajor(samples.xRowMajor(), y, n, samples.dimX(), keep);
  }

  /** ((X1, X2), (Y1, Y2)) from two sample sets with the same number of rows. */
  public static Samples stack(Samples first, Samples second) {
    requireNonNull(first, "first is null");
    requireNonNull(second, "second is null");
    if (first.rows() != second.rows()) {
      throw new IllegalArgumentException(
          "stacked copies need the same rows, found " + first.rows() + " and " + second.rows());
    }
    int n = first.rows();
    int dx = first.dimX() + second.dimX();
    int dy = first.dimY() + second.dimY();
    float[] x = new float[n * dx];
    float[] y = new float[n * dy];
    for (int i = 0; i < n; i++) {
      first.copyX(i, x, i * dx);
      second.copyX(i, x, i * dx + first.dimX());
      first.copyY(i, y, i * dy);
      second.copyY(i, y, i * dy + first.dimY());
    }
    return Samples.ofRowMajor(x, y, n, dx, dy);
  }

  /**
   * (X, Y) to (A X + a, B Y + b) with A = R diag(s), R a random rotation (Gram-Schmidt of a
   * Gaussian matrix), scales s log-uniform in [1/4, 4] and shifts uniform in [-5, 5]: invertible,
   * so it preserves I(X; Y), and it mixes the coordinates of each side.
   */
  public static Samples affine(Samples samples, long seed) {
    requireNonNull(samples, "samples is null");
    SplittableRandom random = new SplittableRandom(seed);
    int n = samples.rows();
    float[] x = apply(samples.xRowMajor(), n, samples.dimX(), random);
    float[] y = apply(samples.yRowMajor(), n, samples.dimY(), random);
    return Samples.ofRowMajor(x, y, n, samples.dimX(), samples.dimY());
  }

  private static float[] apply(float[] values, int n, int d, SplittableRandom random) {
    double[][] rotation = rotation(d, random);
    double[] scale = new double[d];
    double[] shift = new double[d];
    for (int j = 0; j < d; j++) {
      scale[j] = Math.exp(Math.log(4) * (2 * random.nextDouble() - 1));
      shift[j] = 10 * random.nextDouble() - 5;
    }
    float[] out = new float[values.length];
    for (int i = 0; i < n; i++) {
      for (int r = 0; r < d; r++) {
        double sum = shift[r];
        for (int c = 0; c < d; c++) {
          sum += rotation[r][c] * scale[c] * values[i * d + c];
        }
        out[i * d + r] = (float) sum;
      }
    }
    return out;
  }

  /** A random orthogonal matrix: Gram-Schmidt on the columns of a standard Gaussian matrix. */
  private static double[][] rotation(int d, SplittableRandom random) {
    double[][] q = new double[d][d];
    for (int c = 0; c < d; c++) {
      double[] v = new double[d];
      double norm;
      do {
        for (int r = 0; r < d; r++) {
          v[r] = gaussian(random);
        }
        for (int p = 0; p < c; p++) {
          double dot = 0;
          for (int r = 0; r < d; r++) {
            dot += v[r] * q[r][p];
          }
          for (int r = 0; r < d; r++) {
            v[r] -= dot * q[r][p];
          }
        }
        double squares = 0;
        for (double value : v) {
          squares += value * value;
        }
        norm = Math.sqrt(squares);
      } while (norm < 1e-6);
      for (int r = 0; r < d; r++) {
        q[r][c] = v[r] / norm;
      }
    }
    return q;
  }

  private static double gaussian(SplittableRandom random) {
    return Math.sqrt(-2 * Math.log1p(-random.nextDouble()))
        * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
