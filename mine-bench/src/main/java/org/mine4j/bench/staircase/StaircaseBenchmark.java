package org.mine4j.bench.staircase;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.mine4j.api.NonFiniteLossException;
import org.mine4j.api.TrainableEstimator;
import org.mine4j.api.gradient.MiCritic;
import org.mine4j.bench.parallel.RunPool;

/**
 * Runs the staircase for several estimators, each on its own thread-confined critic. Every
 * estimator sees the same stream of fresh batches (one data seed split from the master seed), so
 * differences between estimators are not differences between samples; each critic's weights come
 * from a seed split in the order the estimators are given. A run that diverges keeps its estimates
 * up to the step before the non-finite loss and records that step.
 */
public final class StaircaseBenchmark {
  private final StaircaseProtocol protocol;
  private final Map<String, TrainableEstimator> estimators;

  /**
   * @param estimators by label, in report order; each made with {@link
   *     StaircaseProtocol#estimatorOptions()}
   */
  public StaircaseBenchmark(
      StaircaseProtocol protocol, Map<String, TrainableEstimator> estimators) {
    this.protocol = requireNonNull(protocol, "protocol is null");
    this.estimators = new LinkedHashMap<>(requireNonNull(estimators, "estimators is null"));
    if (estimators.isEmpty()) {
      throw new IllegalArgumentException("at least one estimator is needed");
    }
  }

  /** Per-step progress of one run, called from its worker thread. */
  @FunctionalInterface
  public interface Progress {
    void onStep(String label, long step, double estimate);
  }

  /** Runs every estimator, {@code parallel} at once; results in the given order. */
  public List<StaircaseRun> run(long masterSeed, int parallel, Progress progress) {
    requireNonNull(progress, "progress is null");
    SplittableRandom seeds = new SplittableRandom(masterSeed);
    long dataSeed = seeds.nextLong();
    List<Callable<StaircaseRun>> runs = new ArrayList<>();
    for (Map.Entry<String, TrainableEstimator> entry : estimators.entrySet()) {
      long criticSeed = seeds.nextLong();
      runs.add(() -> execute(entry.getKey(), entry.getValue(), dataSeed, criticSeed, progress));
    }
    return RunPool.runAll(runs, parallel);
  }

  private StaircaseRun execute(
      String label,
      TrainableEstimator estimator,
      long dataSeed,
      long criticSeed,
      Progress progress) {
    float[] estimates = new float[(int) protocol.totalSteps()];
    Arrays.fill(estimates, Float.NaN);
    MiCritic critic = estimator.critic(protocol.dim(), protocol.dim(), criticSeed);
    StaircaseBatches batches = new StaircaseBatches(protocol, dataSeed);
    long start = System.nanoTime();
    long steps = 0;
    OptionalLong diverged = OptionalLong.empty();
    String divergence = "";
    try {
      while (steps < protocol.totalSteps()) {
        double value = critic.step(batches.next(steps + 1)).value();
        steps++;
        estimates[(int) steps - 1] = (float) value;
        progress.onStep(label, steps, value);
      }
    } catch (NonFiniteLossException e) {
      steps = e.step() - 1;
      diverged = OptionalLong.of(e.step());
      divergence = e.getMessage();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new StaircaseRun(
        label,
        critic.bound().name(),
        critic.ceiling(protocol.batchSize()),
        estimates,
        diverged,
        divergence,
        steps,
        seconds);
  }
}
