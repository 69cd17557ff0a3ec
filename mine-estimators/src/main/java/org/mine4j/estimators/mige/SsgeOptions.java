package org.mine4j.estimators.mige;

/**
 * Settings of the spectral Stein gradient estimator ({@link SpectralSteinGradient}).
 *
 * @param eigenThreshold the share of the kernel matrix's spectrum (sum of its eigenvalues) that the
 *     kept eigenpairs hold, in (0, 1]: the leading eigenpairs whose cumulative share stays below it
 *     are kept, at least one (Shi et al. 2018, section 4; 0.99 in Wen et al. 2020); ignored when
 *     {@code eigenCount} is positive
 * @param eigenCount a fixed number J of leading eigenpairs, or 0 to choose J by {@code
 *     eigenThreshold}
 * @param bandwidth the RBF kernel's width sigma in k(a, b) = exp(-|a - b|^2 / (2 sigma^2)), or 0
 *     for the median heuristic (the median of the pairwise distances of the samples)
 */
public record SsgeOptions(double eigenThreshold, int eigenCount, double bandwidth) {
  /** 99% of the spectrum, the median-heuristic bandwidth (the MIGE authors' setting). */
  public static final SsgeOptions DEFAULTS = new SsgeOptions(0.99, 0, 0.0);

  public SsgeOptions {
    if (!(eigenThreshold > 0.0 && eigenThreshold <= 1.0)) {
      throw new IllegalArgumentException(
          "eigen-threshold must be in (0, 1], found " + eigenThreshold);
    }
    if (eigenCount < 0) {
      throw new IllegalArgumentException(
          "eigen-count must be 0 (choose by eigen-threshold) or positive, found " + eigenCount);
    }
    if (!(bandwidth >= 0.0) || Double.isInfinite(bandwidth)) {
      throw new IllegalArgumentException(
          "bandwidth must be 0 (median heuristic) or a positive number, found " + bandwidth);
    }
  }
}
