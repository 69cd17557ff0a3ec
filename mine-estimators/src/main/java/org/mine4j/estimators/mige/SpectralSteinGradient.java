package org.mine4j.estimators.mige;

import static java.util.Objects.requireNonNull;

import org.mine4j.api.MineException;

/**
 * The spectral Stein gradient estimator (SSGE, Shi, Sun &amp; Zhu 2018, "A spectral approach to
 * gradient estimation for implicit distributions", ICML): an estimate of the score ∇ log q(x) of a
 * distribution known only through M samples x_1..x_M.
 *
 * <p>With the RBF kernel K_ij = k(x_i, x_j) and its leading eigenpairs K u_j = λ_j u_j, the Nyström
 * eigenfunctions are ψ_j(x) = √M / λ_j Σ_m k(x, x_m) u_jm (their eq. 9). Stein's identity gives the
 * coefficients of the score in that basis, β_j = −E_q ∇ψ_j(x) ≈ −(1/M) Σ_i ∇ψ_j(x_i) (eq. 13), and
 * the estimate is ŝ(x) = Σ_j β_j ψ_j(x) (eq. 14), for the samples and for any new point alike.
 * Collected, ŝ(x) = Σ_m k(x, x_m) c_m with c_m = Σ_j (√M / λ_j) u_jm β_j, so that a point costs O(M
 * d) once fitted.
 *
 * <p>Cost: O(M² d) for the kernel matrix and its gradients and O(M³) for its symmetric
 * eigen-decomposition (LAPACK through ND4J): measured on one shared core, 0.1 s at M = 256, 2.5 s
 * at 1024 and 51 s at 2048 (see {@code docs/mige.md}); {@link MigeGradient} guards the size.
 */
public final class SpectralSteinGradient {
  private final SsgeOptions options;

  public SpectralSteinGradient(SsgeOptions options) {
    this.options = requireNonNull(options, "options is null");
  }

  public SsgeOptions options() {
    return options;
  }

  /**
   * Fits the estimator to the samples.
   *
   * @param samples rows x dim, row-major (not modified, not kept: a copy is)
   * @throws MineException INVALID_DATA for fewer than 2 rows or rows that are all equal,
   *     INVALID_OPTIONS for an eigen-count above the number of rows or one that keeps a numerically
   *     zero eigenvalue
   */
  public SteinScore fit(double[] samples, int rows, int dim) {
    requireNonNull(samples, "samples is null");
    if (dim < 1 || samples.length != (long) rows * dim) {
      throw new IllegalArgumentException(
          "samples must hold rows x dim values, found "
              + samples.length
              + " for "
              + rows
              + "x"
              + dim);
    }
    if (rows < 2) {
      throw MineException.invalidData(
          "SSGE needs at least 2 samples to estimate a score, found " + rows);
    }
    double[] x = samples.clone();
    double[] kernel = RbfKernel.squaredDistances(x, rows, x, rows, dim);
    double sigma =
        options.bandwidth() > 0 ? options.bandwidth() : RbfKernel.medianBandwidth(kernel);
    if (!(sigma > 0) || !Double.isFinite(sigma)) {
      throw MineException.invalidData(
          "SSGE's median-heuristic bandwidth is "
              + sigma
              + ": at least half of the "
              + rows
              + " samples coincide; give distinct samples or a positive bandwidth option");
    }
    RbfKernel.kernelInPlace(kernel, sigma);
    double[] meanGradient = meanKernelGradient(x, kernel, rows, dim, sigma);
    KernelEigen.Spectrum spectrum = KernelEigen.leading(kernel, rows);
    int kept = keptCount(spectrum.values(), rows);
    double[] coefficients = new double[rows * dim];
    double root = Math.sqrt(rows);
    double[] beta = new double[dim];
    for (int j = 0; j < kept; j++) {
      double[] u = spectrum.vectors()[j];
      double lambda = spectrum.values()[j];
      // beta_j = -sqrt(M) / lambda_j sum_m u_jm G_m, G_m = (1/M) sum_i grad_1 k(x_i, x_m)
      java.util.Arrays.fill(beta, 0.0);
      for (int m = 0; m < rows; m++) {
        for (int c = 0; c < dim; c++) {
          beta[c] += u[m] * meanGradient[m * dim + c];
        }
      }
      double scale = -root / lambda;
      // c_m += sqrt(M) / lambda_j u_jm beta_j
      for (int m = 0; m < rows; m++) {
        double weight = root / lambda * u[m] * scale;
        for (int c = 0; c < dim; c++) {
          coefficients[m * dim + c] += weight * beta[c];
        }
      }
    }
    return new SteinScore(x, rows, dim, sigma, kept, coefficients);
  }

  /** ŝ at the samples themselves: {@code fit(samples).at(samples)}. */
  public double[] scores(double[] samples, int rows, int dim) {
    return fit(samples, rows, dim).at(samples, rows);
  }

  /** G_m = (1/M) Σ_i ∇_1 k(x_i, x_m) = −1/(M σ²) Σ_i K_im (x_i − x_m), rows x dim. */
  private static double[] meanKernelGradient(
      double[] x, double[] kernel, int rows, int dim, double sigma) {
    double[] out = new double[rows * dim];
    double scale = -1.0 / (rows * sigma * sigma);
    for (int m = 0; m < rows; m++) {
      for (int i = 0; i < rows; i++) {
        double k = kernel[i * rows + m];
        for (int c = 0; c < dim; c++) {
          out[m * dim + c] += k * (x[i * dim + c] - x[m * dim + c]);
        }
      }
      for (int c = 0; c < dim; c++) {
        out[m * dim + c] *= scale;
      }
    }
    return out;
  }

  /**
   * J: the fixed count, or the number of leading eigenvalues whose cumulative share of the sum
   * stays below the threshold (at least 1), as in the MIGE authors' code.
   */
  private int keptCount(double[] descending, int rows) {
    double top = descending[0];
    int kept;
    if (options.eigenCount() > 0) {
      if (options.eigenCount() > rows) {
        throw MineException.invalidOptions(
            "eigen-count "
                + options.eigenCount()
                + " exceeds the "
                + rows
                + " samples (the kernel matrix has "
                + rows
                + " eigenpairs); give at most "
                + rows
                + " or 0 to choose by eigen-threshold");
      }
      kept = options.eigenCount();
    } else {
      double total = 0;
      for (double value : descending) {
        total += Math.max(value, 0.0);
      }
      double cumulative = 0;
      kept = 0;
      for (double value : descending) {
        cumulative += Math.max(value, 0.0) / total;
        if (cumulative >= options.eigenThreshold()) {
          break;
        }
        kept++;
      }
      kept = Math.max(1, Math.min(kept, rows));
    }
    double smallest = descending[kept - 1];
    if (!(smallest > 1e-10 * top)) {
      throw MineException.invalidOptions(
          "SSGE would divide by the kernel eigenvalue "
              + smallest
              + " (the "
              + kept
              + "-th of "
              + rows
              + ", largest "
              + top
              + "), which is numerically zero; lower eigen-count or eigen-threshold");
    }
    return kept;
  }
}
