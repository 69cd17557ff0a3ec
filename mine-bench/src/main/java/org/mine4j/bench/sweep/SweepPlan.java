package org.mine4j.bench.sweep;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.mine4j.api.MineException;

/**
 * What a sweep runs: every estimator on every task at every sample size for every seed index.
 *
 * <p>Seeds: the master seed's {@link SplittableRandom} is split once per seed index, in order, and
 * each split gives a data seed and an estimation seed. All runs of one seed index share them, so
 * estimators are compared on the very same samples (common random numbers), and a seed index has
 * the same seeds whatever the other options, so a sweep resumed with more estimators, tasks, sizes
 * or seeds keeps its finished runs valid.
 *
 * @param estimators the estimators, in order
 * @param tasks the tasks, in order
 * @param sizes the sample sizes, in order
 * @param seeds the number of seeds per (estimator, task, n)
 * @param masterSeed the seed every run's seeds are split from
 */
public record SweepPlan(
    List<SweepEstimator> estimators,
    List<SweepTask> tasks,
    List<Integer> sizes,
    int seeds,
    long masterSeed) {
  public SweepPlan {
    estimators = List.copyOf(requireNonNull(estimators, "estimators is null"));
    tasks = List.copyOf(requireNonNull(tasks, "tasks is null"));
    sizes = List.copyOf(requireNonNull(sizes, "sizes is null"));
    if (estimators.isEmpty()) {
      throw MineException.invalidOptions("--estimators must name at least one estimator");
    }
    if (tasks.isEmpty()) {
      throw MineException.invalidOptions("--tasks must name at least one task");
    }
    if (sizes.isEmpty()) {
      throw MineException.invalidOptions("--n must give at least one sample size");
    }
    if (seeds < 1) {
      throw MineException.invalidOptions("--seeds must be at least 1, found " + seeds);
    }
    unique("--estimators", estimators.stream().map(SweepEstimator::label).toList());
    unique("--tasks", tasks.stream().map(SweepTask::label).toList());
    unique("--n", sizes.stream().map(String::valueOf).toList());
    for (int n : sizes) {
      if (n < 2) {
        throw MineException.invalidOptions("--n values must be at least 2, found " + n);
      }
    }
  }

  /** The number of runs: estimators &times; tasks &times; sizes &times; seeds. */
  public int size() {
    return estimators.size() * tasks.size() * sizes.size() * seeds;
  }

  /** The data seed (index 0) and estimation seed (index 1) of each seed index. */
  public long[][] seedPairs() {
    SplittableRandom master = new SplittableRandom(masterSeed);
    long[][] pairs = new long[seeds][];
    for (int i = 0; i < seeds; i++) {
      SplittableRandom split = master.split();
      pairs[i] = new long[] {split.nextLong(), split.nextLong()};
    }
    return pairs;
  }

  /** Every run, task by task, then by size, seed index and estimator. */
  public List<RunSpec> runs() {
    long[][] pairs = seedPairs();
    List<RunSpec> runs = new ArrayList<>(size());
    for (SweepTask task : tasks) {
      for (int n : sizes) {
        for (int s = 0; s < seeds; s++) {
          for (SweepEstimator estimator : estimators) {
            runs.add(
                new RunSpec(
                    new RunKey(estimator.label(), task.label(), n, s),
                    estimator,
                    task,
                    pairs[s][0],
                    pairs[s][1]));
          }
        }
      }
    }
    return runs;
  }

  private static void unique(String option, List<String> values) {
    Set<String> seen = new HashSet<>();
    for (String value : values) {
      if (!seen.add(value)) {
        throw MineException.invalidOptions(option + " names '" + value + "' twice");
      }
    }
  }
}
