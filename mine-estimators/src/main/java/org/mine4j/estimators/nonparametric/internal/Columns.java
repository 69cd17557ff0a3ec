package org.mine4j.estimators.nonparametric.internal;

import static java.util.Objects.requireNonNull;

import java.util.SplittableRandom;
import org.mine4j.api.data.Samples;

/**
 * Column preparation for the non-parametric estimators: the samples' X or Y as a row-major double
 * array, per-column standardisation, and tiny seeded Gaussian jitter that breaks ties between equal
 * values (as Kraskov et al. 2004 recommend for the KSG estimator).
 */
public final class Columns {
  private Columns() {}

  /** X as a row-major double array (rows x dimX), in the samples' full double precision. */
  public static double[] x(Samples samples) {
    requireNonNull(samples, "samples is null");
    return samples.xValues();
  }

  /** Y as a row-major double array (rows x dimY), in the samples' full double precision. */
  public static double[] y(Samples samples) {
    requireNonNull(samples, "samples is null");
    return samples.yValues();
  }

  /** The sample standard deviation (divisor n − 1) of column c. */
  public static double standardDeviation(double[] values, int n, int dim, int c) {
    double mean = mean(values, n, dim, c);
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double d = values[i * dim + c] - mean;
      squares += d * d;
    }
    return Math.sqrt(squares / Math.max(1, n - 1));
  }

  /** The mean of column c. */
  public static double mean(double[] values, int n, int dim, int c) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += values[i * dim + c];
    }
    return sum / n;
  }

  /**
   * Rescales each column in place to mean 0 and standard deviation 1; a constant column is only
   * centred.
   */
  public static void standardize(double[] values, int n, int dim) {
    for (int c = 0; c < dim; c++) {
      double mean = mean(values, n, dim, c);
      double sd = standardDeviation(values, n, dim, c);
      double scale = sd > 0 ? sd : 1.0;
      for (int i = 0; i < n; i++) {
        values[i * dim + c] = (values[i * dim + c] - mean) / scale;
      }
    }
  }

  /**
   * Adds noise · s_c · N(0, 1) to every value of column c, s_c its standard deviation (1 for a
   * constant column), in place: relative noise of standard deviation {@code noise}. Draws come from
   * {@code random} by Marsaglia's polar method, so the same seed gives the same jitter on every
   * JDK.
   */
  public static void jitter(
      double[] values, int n, int dim, double noise, SplittableRandom random) {
    requireNonNull(random, "random is null");
    double[] scale = new double[dim];
    for (int c = 0; c < dim; c++) {
      double sd = standardDeviation(values, n, dim, c);
      scale[c] = noise * (sd > 0 ? sd : 1.0);
    }
    double spare = 0;
    boolean hasSpare = false;
    for (int i = 0; i < values.length; i++) {
      double draw;
      if (hasSpare) {
        draw = spare;
        hasSpare = false;
      } else {
        double u;
        double v;
        double s;
        do {
          u = 2.0 * random.nextDouble() - 1.0;
          v = 2.0 * random.nextDouble() - 1.0;
          s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        double factor = Math.sqrt(-2.0 * Math.log(s) / s);
        draw = u * factor;
        spare = v * factor;
        hasSpare = true;
      }
      values[i] += scale[i % dim] * draw;
    }
  }
}
