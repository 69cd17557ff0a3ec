package org.mine4j.estimators.nonparametric;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.Estimator;
import org.mine4j.api.MineException;
import org.mine4j.api.data.ConstantColumns;
import org.mine4j.api.data.Samples;
import org.mine4j.estimators.nonparametric.internal.Cholesky;
import org.mine4j.estimators.nonparametric.internal.Columns;

/**
 * The Gaussian plug-in estimate: the MI of a Gaussian with the sample covariance, I = ½[ln det Σ_XX
 * + ln det Σ_YY − ln det Σ] = −½ Σ_i ln(1 − ρ_i²) over the canonical correlations ρ_i (Hotelling
 * 1936). Exact in the limit for jointly Gaussian data; for other data it measures only the linear
 * (second-order) dependence. Computed on the correlation matrix through its Cholesky factor.
 *
 * <p>The 95% interval is Î ± 1.96·√(Σ ρ̂_i² / N), the delta-method standard error under Gaussianity
 * (each sample canonical correlation has variance (1 − ρ_i²)²/N); it degenerates at independence,
 * where the estimate is biased up by about dx·dy/(2N). A constant column or columns that are linear
 * combinations of others make the covariance singular and are rejected by name.
 */
public final class GaussianEstimator implements Estimator {
  /** The registered name. */
  public static final String NAME = "gaussian";

  /** A pivot below this share of its diagonal entry marks a linearly dependent column. */
  private static final double SINGULARITY_TOLERANCE = 1e-10;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<String, String> options() {
    return Map.of();
  }

  @Override
  public Estimate estimate(Samples samples, EstimationContext context) {
    requireNonNull(samples, "samples is null");
    requireNonNull(context, "context is null");
    int n = samples.rows();
    int dx = samples.dimX();
    int dy = samples.dimY();
    int d = dx + dy;
    if (n <= d + 1) {
      throw MineException.invalidData(
          "the gaussian estimator needs more rows than dx + dy + 1 = "
              + (d + 1)
              + " to fit a covariance, found "
              + n);
    }
    ConstantColumns.requireVarying(samples, NAME);
    double[] z = joint(samples);
    double[][] correlation = correlation(z, n, samples, d);
    int[] failed = new int[1];
    Cholesky joint = Cholesky.factor(correlation, SINGULARITY_TOLERANCE, failed);
    if (joint == null) {
      throw MineException.invalidData(
          "the covariance of X and Y is singular: column "
              + samples.columnNames().get(failed[0])
              + " is (numerically) a linear combination of the columns before it; drop or"
              + " merge redundant columns (if Y is a deterministic function of X the MI is"
              + " infinite)");
    }
    double[][] yBlock = new double[dy][dy];
    for (int i = 0; i < dy; i++) {
      for (int j = 0; j < dy; j++) {
        yBlock[i][j] = correlation[dx + i][dx + j];
      }
    }
    Cholesky y = Cholesky.factor(yBlock, SINGULARITY_TOLERANCE, failed);
    if (y == null) {
      throw new IllegalStateException("a principal block of a positive definite matrix failed");
    }
    double nats =
        Math.max(
            0, 0.5 * (joint.logDeterminant(dx) + y.logDeterminant(dy) - joint.logDeterminant(d)));
    double sumSquaredCorrelations = sumSquaredCanonicalCorrelations(correlation, joint, y, dx, dy);
    double halfWidth = Estimates.Z95 * Math.sqrt(sumSquaredCorrelations / n);
    List<String> warnings = new ArrayList<>();
    double bias = dx * (double) dy / (2.0 * n);
    if (bias > 0.05) {
      warnings.add(
          String.format(
              Locale.ROOT,
              "with %d rows in %d + %d dimensions the plug-in estimate is biased up by about"
                  + " dx*dy/(2N) = %.3f nats",
              n,
              dx,
              dy,
              bias));
    }
    return Estimates.of(
        NAME,
        options(),
        "Gaussian plug-in -1/2 sum ln(1 - rho_i^2) (exact for Gaussians), not a bound",
        nats,
        Math.max(0, nats - halfWidth),
        nats + halfWidth,
        n,
        warnings,
        context);
  }

  private static double[] joint(Samples samples) {
    int n = samples.rows();
    int dx = samples.dimX();
    int dy = samples.dimY();
    double[] x = Columns.x(samples);
    double[] y = Columns.y(samples);
    double[] z = new double[n * (dx + dy)];
    for (int i = 0; i < n; i++) {
      System.arraycopy(x, i * dx, z, i * (dx + dy), dx);
      System.arraycopy(y, i * dy, z, i * (dx + dy) + dx, dy);
    }
    return z;
  }

  /**
   * The sample correlation matrix of the d = dx + dy columns; rejects a constant column by name.
   */
  private static double[][] correlation(double[] z, int n, Samples samples, int d) {
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (int c = 0; c < d; c++) {
      mean[c] = Columns.mean(z, n, d, c);
      sd[c] = Columns.standardDeviation(z, n, d, c);
      if (!(sd[c] > 0)) {
        throw MineException.invalidData(
            "column "
                + samples.columnNames().get(c)
                + " is constant, so the covariance is singular; drop it (a constant carries no"
                + " information)");
      }
    }
    double[][] r = new double[d][d];
    double[] u = new double[d];
    for (int i = 0; i < n; i++) {
      int o = i * d;
      for (int a = 0; a < d; a++) {
        u[a] = (z[o + a] - mean[a]) / sd[a];
      }
      for (int a = 0; a < d; a++) {
        for (int b = 0; b <= a; b++) {
          r[a][b] += u[a] * u[b];
        }
      }
    }
    for (int a = 0; a < d; a++) {
      for (int b = 0; b <= a; b++) {
        r[a][b] /= n - 1;
        r[b][a] = r[a][b];
      }
    }
    return r;
  }

  /**
   * Σ ρ_i² = tr(R_XX⁻¹ R_XY R_YY⁻¹ R_YX) = ‖L_X⁻¹ R_XY L_Y⁻ᵀ‖_F², L_X and L_Y the Cholesky factors
   * of the two blocks (L_X is the leading block of the joint factor).
   */
  private static double sumSquaredCanonicalCorrelations(
      double[][] r, Cholesky joint, Cholesky y, int dx, int dy) {
    double[][] m = new double[dx][dy];
    double[] column = new double[dx];
    for (int j = 0; j < dy; j++) {
      for (int i = 0; i < dx; i++) {
        column[i] = r[i][dx + j];
      }
      joint.solveLower(dx, column);
      for (int i = 0; i < dx; i++) {
        m[i][j] = column[i];
      }
    }
    double sum = 0;
    for (int i = 0; i < dx; i++) {
      double[] row = m[i].clone();
      y.solveLower(dy, row);
      for (double v : row) {
        sum += v * v;
      }
    }
    return sum;
  }
}
