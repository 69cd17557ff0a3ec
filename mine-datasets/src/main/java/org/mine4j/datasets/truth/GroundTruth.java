package org.mine4j.datasets.truth;

/**
 * A Monte Carlo ground truth of mutual information: the mean of the exact log density ratio log
 * p(x, y) / (p(x) p(y)) over {@code sampleSize} joint rows drawn with {@code seed}, and its
 * standard error s/√n (s the sample standard deviation of the ratio). The mean is unbiased for
 * I(X;Y); with probability about 99.7% the truth lies within three standard errors of it.
 *
 * @param estimate the mean of the log density ratio, in nats
 * @param standardError s/√n, in nats
 * @param sampleSize n, the number of rows averaged
 * @param seed the seed of the dataset's sampler that drew them
 */
public record GroundTruth(double estimate, double standardError, int sampleSize, long seed) {
  public GroundTruth {
    if (!Double.isFinite(estimate)) {
      throw new IllegalArgumentException("estimate must be finite, found " + estimate);
    }
    if (!(standardError >= 0.0) || Double.isInfinite(standardError)) {
      throw new IllegalArgumentException(
          "standardError must be finite and >= 0, found " + standardError);
    }
    if (sampleSize < 2) {
      throw new IllegalArgumentException("sampleSize must be at least 2, found " + sampleSize);
    }
  }
}
