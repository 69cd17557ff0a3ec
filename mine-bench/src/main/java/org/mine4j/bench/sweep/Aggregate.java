package org.mine4j.bench.sweep;

import static java.util.Objects.requireNonNull;

/**
 * The runs of one estimator on one task at one sample size, across seeds. Statistics are over the
 * successful runs; a value that needs more runs than there are is NaN.
 *
 * @param estimator the estimator label
 * @param task the task label
 * @param n the sample size
 * @param runs the number of successful runs
 * @param failed the number of failed runs
 * @param truth the exact MI in nats (NaN if no run could make the dataset)
 * @param mean the mean estimate
 * @param sd the sample standard deviation of the estimates (n - 1 in the denominator)
 * @param ciLow the lower end of the 95% Student-t interval of the mean
 * @param ciHigh the upper end of that interval
 * @param bias {@code mean - truth}
 * @param rmse the root mean squared error {@code sqrt(mean((estimate - truth)^2))}
 * @param meanLog2Ratio the mean of {@code log2(estimate / truth)} over the positive estimates, the
 *     bmi benchmark's score (Czyż et al. 2023); NaN if the truth is not positive
 * @param log2Skipped successful runs left out of {@code meanLog2Ratio} (estimate &le; 0, or all of
 *     them when the truth is not positive)
 */
public record Aggregate(
    String estimator,
    String task,
    int n,
    int runs,
    int failed,
    double truth,
    double mean,
    double sd,
    double ciLow,
    double ciHigh,
    double bias,
    double rmse,
    double meanLog2Ratio,
    int log2Skipped) {
  public Aggregate {
    requireNonNull(estimator, "estimator is null");
    requireNonNull(task, "task is null");
  }
}
