package org.mine4j.bench.gaussian;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.Estimator;
import org.mine4j.api.MineException;
import org.mine4j.api.NonFiniteLossException;
import org.mine4j.api.TrainingListener;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.data.Samples;
import org.mine4j.api.spi.DatasetFactory;
import org.mine4j.bench.parallel.RunPool;

/**
 * Runs the {@link GaussianProtocol}: every (rho, estimator) pair is an independent training run
 * with its own seed split from the master seed, run on a fixed thread pool (each training
 * single-threaded). All estimators at one rho see the same training samples; each is evaluated on
 * fresh held-out samples from the generator. A run whose loss becomes non-finite is recorded as
 * diverged; any other failure stops the benchmark.
 */
public final class GaussianBenchmark {
  private final DatasetFactory gaussian;
  private final Map<String, Estimator> estimators;
  private final GaussianProtocol protocol;
  private final List<String> order;

  /**
   * A benchmark over the given estimators (in column order).
   *
   * @param gaussian the {@code correlated-gaussian} factory (options {@code dim}, {@code rho})
   * @param estimators name to estimator, the neural ones made with the protocol's options
   * @param protocol the settings
   */
  public GaussianBenchmark(
      DatasetFactory gaussian, Map<String, Estimator> estimators, GaussianProtocol protocol) {
    this.gaussian = requireNonNull(gaussian, "gaussian is null");
    this.estimators = Map.copyOf(requireNonNull(estimators, "estimators is null"));
    this.protocol = requireNonNull(protocol, "protocol is null");
    this.order = List.copyOf(estimators.keySet());
  }

  /**
   * Runs every (rho, estimator) pair on {@code parallel} threads, reporting each run's steps and
   * end to {@code monitor}.
   *
   * @param masterSeed the seed all run seeds are split from, in a fixed order (independent of
   *     {@code parallel})
   * @param parallel number of trainings at once
   * @param monitor called from the worker threads
   */
  public GaussianResults run(long masterSeed, int parallel, GaussianMonitor monitor) {
    requireNonNull(monitor, "monitor is null");
    if (parallel < 1) {
      throw MineException.invalidOptions("--parallel must be at least 1, found " + parallel);
    }
    List<Callable<GaussianRun>> runs = new ArrayList<>();
    for (RunSpec spec : plan(masterSeed)) {
      runs.add(
          () -> {
            GaussianRun run = execute(spec, monitor.listener(spec.rho(), spec.estimator()));
            monitor.finished(run);
            return run;
          });
    }
    return new GaussianResults(protocol, masterSeed, order, RunPool.runAll(runs, parallel));
  }

  /** One run's seeds and settings. */
  private record RunSpec(
      double rho, String estimator, long seed, long dataSeed, long heldOutSeed) {}

  private List<RunSpec> plan(long masterSeed) {
    SplittableRandom random = new SplittableRandom(masterSeed);
    List<RunSpec> specs = new ArrayList<>();
    for (double rho : protocol.rhos()) {
      long dataSeed = random.nextLong();
      long heldOutSeed = random.nextLong();
      for (String name : order) {
        specs.add(new RunSpec(rho, name, random.nextLong(), dataSeed, heldOutSeed));
      }
    }
    return specs;
  }

  private GaussianRun execute(RunSpec spec, TrainingListener listener) {
    Dataset dataset = gaussian.create(Map.of("dim", "1", "rho", Double.toString(spec.rho())));
    double trueMi =
        dataset.trueMutualInformation().orElse(GaussianProtocol.trueMutualInformation(spec.rho()));
    Samples train = dataset.sample(protocol.trainRows(), spec.dataSeed());
    Samples heldOut = dataset.sample(protocol.heldOutRows(), spec.heldOutSeed());
    EstimationContext context =
        EstimationContext.seeded(spec.seed()).withHeldOut(heldOut).withListener(listener);
    long start = System.nanoTime();
    try {
      Estimate estimate = estimators.get(spec.estimator()).estimate(train, context);
      return new GaussianRun(
          spec.rho(),
          trueMi,
          spec.estimator(),
          spec.seed(),
          spec.dataSeed(),
          spec.heldOutSeed(),
          OptionalDouble.of(estimate.nats()),
          estimate.ciLow(),
          estimate.ciHigh(),
          OptionalLong.empty(),
          estimate.bound(),
          estimate.steps(),
          seconds(start),
          estimate
              .provenance()
              .with("dataset", dataset.name())
              .withAll("dataset.", dataset.options())
              .with("dataset.true-mi", Double.toString(trueMi))
              .with("data-seed", Long.toString(spec.dataSeed()))
              .with("held-out-seed", Long.toString(spec.heldOutSeed()))
              .entries());
    } catch (MineException e) {
      if (e.code() != ErrorCode.NON_FINITE_LOSS) {
        throw e;
      }
      long step = e instanceof NonFiniteLossException nonFinite ? nonFinite.step() : 0;
      return new GaussianRun(
          spec.rho(),
          trueMi,
          spec.estimator(),
          spec.seed(),
          spec.dataSeed(),
          spec.heldOutSeed(),
          OptionalDouble.empty(),
          Double.NaN,
          Double.NaN,
          OptionalLong.of(step),
          "",
          step,
          seconds(start),
          Map.of());
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
