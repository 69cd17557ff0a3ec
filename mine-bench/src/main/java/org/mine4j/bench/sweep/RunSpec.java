package org.mine4j.bench.sweep;

import static java.util.Objects.requireNonNull;

/**
 * One run to do: its key and the two seeds split from the master seed for its seed index.
 *
 * @param key estimator, task, n and seed index
 * @param estimator the estimator
 * @param task the task
 * @param dataSeed the seed the samples are drawn with
 * @param estimatorSeed the seed of the estimation (initialisation, minibatches, split)
 */
public record RunSpec(
    RunKey key, SweepEstimator estimator, SweepTask task, long dataSeed, long estimatorSeed) {
  public RunSpec {
    requireNonNull(key, "key is null");
    requireNonNull(estimator, "estimator is null");
    requireNonNull(task, "task is null");
  }
}
