package org.mine4j.bench.sweep;

import static java.util.Objects.requireNonNull;

/**
 * What identifies a run of a sweep, so that {@code --resume} never redoes or duplicates one.
 *
 * @param estimator the estimator label
 * @param task the task label
 * @param n the number of samples
 * @param seedIndex the seed's index, 0 to {@code --seeds} - 1
 */
public record RunKey(String estimator, String task, int n, int seedIndex) {
  public RunKey {
    requireNonNull(estimator, "estimator is null");
    requireNonNull(task, "task is null");
  }

  @Override
  public String toString() {
    return estimator + " on " + task + " n=" + n + " seed #" + seedIndex;
  }
}
