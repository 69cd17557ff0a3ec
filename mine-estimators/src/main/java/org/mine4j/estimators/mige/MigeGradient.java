package org.mine4j.estimators.mige;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Samples;
import org.mine4j.api.gradient.MutualInformationGradient;
import org.mine4j.api.gradient.SampleGradient;
import org.mine4j.estimators.training.Permutations;

/**
 * MIGE, the mutual information gradient estimator (Wen, Zhou, He, Zhou &amp; Xu 2020, "Mutual
 * information gradient estimation for representation learning", ICLR): dI/dx_i and dI/dy_i from
 * score estimates, without a critic. From I(X; Y) = H(X) + H(Y) − H(X, Y) and, for reparameterised
 * samples, ∇_θ H(Z) = −E[∇_z log q(z)ᵀ ∂z/∂θ] (their eq. 6), the gradient of I with respect to each
 * sample row of the batch is
 *
 * <pre>
 *   dI/dx_i = (1/M) [ ŝ_XY(x_i, y_i)_x − ŝ_X(x_i) ]     dI/dy_i = (1/M) [ ŝ_XY(x_i, y_i)_y − ŝ_Y(y_i) ]
 * </pre>
 *
 * with ŝ the SSGE scores of the joint and of each marginal fitted on the batch ({@link
 * SpectralSteinGradient}); the chain rule through a model (an encoder, a generator, a sampler)
 * gives the gradient of I in its parameters. The 1/M makes it the gradient of a batch mean, the
 * convention of every gradient source. It has no trained state: {@link #fit} does nothing.
 *
 * <p>Cost: three eigen-decompositions of M x M kernel matrices per batch, O(M³). A batch above
 * {@code max-samples} rows is refused with the fix, or with {@code subsample=true} the score
 * estimators are fitted on max-samples rows drawn from this source's seeded generator and extended
 * to every row. Not thread-safe (the generator).
 */
public final class MigeGradient implements MutualInformationGradient {
  private final int dimX;
  private final int dimY;
  private final MigeOptions options;
  private final SpectralSteinGradient ssge;
  private final SplittableRandom random;

  public MigeGradient(int dimX, int dimY, MigeOptions options, long seed) {
    if (dimX < 1 || dimY < 1) {
      throw new IllegalArgumentException(
          "dimensions must be positive, found dimX=" + dimX + " dimY=" + dimY);
    }
    this.dimX = dimX;
    this.dimY = dimY;
    this.options = requireNonNull(options, "options is null");
    this.ssge = new SpectralSteinGradient(options.ssge());
    this.random = new SplittableRandom(seed);
  }

  @Override
  public String name() {
    return MigeEstimator.NAME;
  }

  @Override
  public int dimX() {
    return dimX;
  }

  @Override
  public int dimY() {
    return dimY;
  }

  public MigeOptions options() {
    return options;
  }

  /** MIGE has no trained state: nothing to do. */
  @Override
  public void fit(Samples batch, int steps) {
    requireNonNull(batch, "batch is null");
  }

  /**
   * {@inheritDoc}
   *
   * @throws MineException INVALID_DATA for a batch of the wrong dimensions or too few rows,
   *     INVALID_OPTIONS for a batch above max-samples rows without subsample
   */
  @Override
  public SampleGradient gradient(Samples batch) {
    requireNonNull(batch, "batch is null");
    if (batch.dimX() != dimX || batch.dimY() != dimY) {
      throw MineException.invalidData(
          "MIGE was made for "
              + dimX
              + "+"
              + dimY
              + " dimensions, the batch has "
              + batch.dimX()
              + "+"
              + batch.dimY());
    }
    int rows = batch.rows();
    int[] basis = basisRows(rows);
    double[] x = toDouble(batch.xRowMajor());
    double[] y = toDouble(batch.yRowMajor());
    double[] xy = joint(x, y, rows);
    double[] scoreX = score(x, rows, dimX, basis);
    double[] scoreY = score(y, rows, dimY, basis);
    double[] scoreXy = score(xy, rows, dimX + dimY, basis);
    float[] gx = new float[rows * dimX];
    float[] gy = new float[rows * dimY];
    int width = dimX + dimY;
    for (int i = 0; i < rows; i++) {
      for (int c = 0; c < dimX; c++) {
        gx[i * dimX + c] = (float) ((scoreXy[i * width + c] - scoreX[i * dimX + c]) / rows);
      }
      for (int c = 0; c < dimY; c++) {
        gy[i * dimY + c] = (float) ((scoreXy[i * width + dimX + c] - scoreY[i * dimY + c]) / rows);
      }
    }
    requireFinite(gx);
    requireFinite(gy);
    return new SampleGradient(gx, gy, rows, dimX, dimY);
  }

  /** All rows (null), or max-samples seeded random rows when subsampling a larger batch. */
  private int[] basisRows(int rows) {
    if (rows < 2) {
      throw MineException.invalidData("MIGE needs a batch of at least 2 rows, found " + rows);
    }
    if (rows <= options.maxSamples()) {
      return null;
    }
    if (!options.subsample()) {
      throw MineException.invalidOptions(
          String.format(
              Locale.ROOT,
              "a batch of %d rows exceeds MIGE's max-samples=%d: its cost grows as M^3 (three"
                  + " eigen-decompositions of M x M kernel matrices, about %.0fx the time at"
                  + " %d rows); use smaller batches, raise max-samples, or set subsample=true to"
                  + " fit on %d random rows and extend the scores to all rows",
              rows,
              options.maxSamples(),
              Math.pow((double) rows / options.maxSamples(), 3),
              options.maxSamples(),
              options.maxSamples()));
    }
    int[] chosen = Arrays.copyOf(Permutations.random(rows, random), options.maxSamples());
    Arrays.sort(chosen);
    return chosen;
  }

  private double[] score(double[] points, int rows, int dim, int[] basis) {
    if (basis == null) {
      return ssge.scores(points, rows, dim);
    }
    double[] fitted = new double[basis.length * dim];
    for (int b = 0; b < basis.length; b++) {
      System.arraycopy(points, basis[b] * dim, fitted, b * dim, dim);
    }
    return ssge.fit(fitted, basis.length, dim).at(points, rows);
  }

  private double[] joint(double[] x, double[] y, int rows) {
    double[] xy = new double[rows * (dimX + dimY)];
    for (int i = 0; i < rows; i++) {
      System.arraycopy(x, i * dimX, xy, i * (dimX + dimY), dimX);
      System.arraycopy(y, i * dimY, xy, i * (dimX + dimY) + dimX, dimY);
    }
    return xy;
  }

  private static double[] toDouble(float[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return out;
  }

  private static void requireFinite(float[] values) {
    for (float value : values) {
      if (!Float.isFinite(value)) {
        throw new MineException(
            ErrorCode.INTERNAL,
            "MIGE produced a non-finite gradient; report it with the batch that caused it");
      }
    }
  }
}
