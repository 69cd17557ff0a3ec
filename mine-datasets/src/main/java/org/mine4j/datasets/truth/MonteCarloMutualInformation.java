package org.mine4j.datasets.truth;

import static java.util.Objects.requireNonNull;

import org.mine4j.api.data.Sampler;
import org.mine4j.api.data.Samples;

/**
 * Monte Carlo mutual information from an exact log density ratio: I(X;Y) = E_{p(x,y)}[log p(x, y) /
 * (p(x) p(y))], estimated by the mean over n joint rows of a {@link KnownDensityRatio} dataset,
 * with standard error s/√n. The ground truth of tasks without a closed form (mixtures, as in the
 * bmi benchmark of Czyż et al. 2023, "Beyond normal: on the evaluation of mutual information
 * estimators") and a check of closed forms elsewhere.
 *
 * <p>Deterministic: the rows come from {@code dataset.sampler(seed)} in chunks, and the mean and
 * variance are accumulated in row order (Welford's algorithm), so one seed gives one answer.
 */
public final class MonteCarloMutualInformation {
  /** Rows drawn per call to the sampler, to bound memory at any n. */
  private static final int CHUNK = 16_384;

  private MonteCarloMutualInformation() {}

  /**
   * The mean and standard error of the log density ratio over {@code n} rows drawn with {@code
   * seed}.
   *
   * @throws IllegalArgumentException if n is less than 2
   * @throws IllegalStateException if the ratio is not finite at a joint row (a broken dataset)
   */
  public static GroundTruth estimate(KnownDensityRatio dataset, int n, long seed) {
    requireNonNull(dataset, "dataset is null");
    if (n < 2) {
      throw new IllegalArgumentException("n must be at least 2, found " + n);
    }
    Sampler sampler = dataset.sampler(seed);
    double mean = 0.0;
    double sumSquares = 0.0;
    int count = 0;
    while (count < n) {
      Samples samples = sampler.next(Math.min(CHUNK, n - count));
      for (int row = 0; row < samples.rows(); row++) {
        double ratio = dataset.logDensityRatio(samples, row);
        if (!Double.isFinite(ratio)) {
          throw new IllegalStateException(
              "log density ratio of "
                  + dataset.name()
                  + " is "
                  + ratio
                  + " at joint row "
                  + (count + 1)
                  + "; a joint sample must have a finite ratio");
        }
        count++;
        double delta = ratio - mean;
        mean += delta / count;
        sumSquares += delta * (ratio - mean);
      }
    }
    double variance = sumSquares / (n - 1);
    return new GroundTruth(mean, Math.sqrt(variance / n), n, seed);
  }
}
