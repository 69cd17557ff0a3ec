package org.mine4j.bench.consistency;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.Estimator;
import org.mine4j.api.MineException;
import org.mine4j.api.NonFiniteLossException;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.data.Samples;
import org.mine4j.api.spi.DatasetFactory;
import org.mine4j.bench.parallel.RunPool;

/**
 * Runs the consistency checks (issue 4; properties every MI estimator should have: I = 0 under
 * independence, the data processing inequality, additivity over independent copies and invariance
 * under invertible maps, Cover &amp; Thomas 2006 ch. 2 and 8). The {@link Probe} sample sets are
 * drawn once from the master seed and shared by all estimators; each (estimator, probe) pair is an
 * independent estimation with its own seed, run on a fixed pool of threads. A run whose loss
 * becomes non-finite is recorded as diverged; any other failure stops the benchmark.
 */
public final class ConsistencyBenchmark {
  private final DatasetFactory gaussian;
  private final Map<String, Estimator> estimators;
  private final ConsistencyProtocol protocol;

  /**
   * @param gaussian the {@code gaussian} dataset factory (dim-x, dim-y, covariance, transforms)
   * @param estimators label to estimator, in table order
   * @param protocol the settings
   */
  public ConsistencyBenchmark(
      DatasetFactory gaussian, Map<String, Estimator> estimators, ConsistencyProtocol protocol) {
    this.gaussian = requireNonNull(gaussian, "gaussian is null");
    this.estimators =
        java.util.Collections.unmodifiableMap(
            new LinkedHashMap<>(requireNonNull(estimators, "estimators is null")));
    this.protocol = requireNonNull(protocol, "protocol is null");
    if (estimators.isEmpty()) {
      throw MineException.invalidOptions("--estimators must name at least one estimator");
    }
  }

  /**
   * Runs every (estimator, probe) estimation on {@code parallel} threads.
   *
   * @param masterSeed the seed of the sample sets and of every run (independent of {@code
   *     parallel})
   * @param parallel estimations at once
   * @param progress called (from worker threads) after each estimation
   */
  public ConsistencyResults run(long masterSeed, int parallel, Consumer<Measurement> progress) {
    requireNonNull(progress, "progress is null");
    SplittableRandom random = new SplittableRandom(masterSeed);
    Map<Probe, Samples> samples = draw(random);
    Map<Probe, Double> truths = new EnumMap<>(Probe.class);
    for (Probe probe : Probe.values()) {
      truths.put(probe, truth(probe));
    }
    List<Callable<Measurement>> runs = new ArrayList<>();
    for (Map.Entry<String, Estimator> entry : estimators.entrySet()) {
      for (Probe probe : Probe.values()) {
        long seed = random.nextLong();
        runs.add(
            () -> {
              Measurement measurement =
                  measure(
                      entry.getKey(),
                      entry.getValue(),
                      probe,
                      samples.get(probe),
                      truths.get(probe),
                      seed);
              progress.accept(measurement);
              return measurement;
            });
      }
    }
    List<Measurement> measurements = RunPool.runAll(runs, parallel);
    List<CheckResult> checks = new ArrayList<>();
    for (String label : estimators.keySet()) {
      Map<Probe, Measurement> byProbe = new EnumMap<>(Probe.class);
      measurements.stream()
          .filter(m -> m.estimator().equals(label))
          .forEach(m -> byProbe.put(m.probe(), m));
      checks.addAll(Checks.evaluate(label, byProbe, protocol));
    }
    return new ConsistencyResults(
        protocol, masterSeed, List.copyOf(estimators.keySet()), measurements, checks);
  }

  private Map<Probe, Samples> draw(SplittableRandom random) {
    int n = protocol.rows();
    long jointSeed = random.nextLong();
    Map<Probe, Samples> samples = new EnumMap<>(Probe.class);
    samples.put(Probe.INDEPENDENT, dataset(Probe.INDEPENDENT).sample(n, random.nextLong()));
    Samples joint = dataset(Probe.JOINT).sample(n, jointSeed);
    samples.put(Probe.JOINT, joint);
    samples.put(Probe.PROJECTED, SampleMaps.keepFirstY(joint, protocol.dim() / 2));
    Samples first = dataset(Probe.COPY_1).sample(n, random.nextLong());
    Samples second = dataset(Probe.COPY_2).sample(n, random.nextLong());
    samples.put(Probe.COPY_1, first);
    samples.put(Probe.COPY_2, second);
    samples.put(Probe.STACKED, SampleMaps.stack(first, second));
    samples.put(Probe.AFFINE, SampleMaps.affine(joint, random.nextLong()));
    // The same seed as JOINT: the transformed dataset maps the very same base draws.
    samples.put(Probe.TRANSFORMED, dataset(Probe.TRANSFORMED).sample(n, jointSeed));
    return samples;
  }

  private Dataset dataset(Probe probe) {
    return gaussian.create(protocol.datasetOptions(probe));
  }

  private double truth(Probe probe) {
    return dataset(probe)
        .trueMutualInformation()
        .orElseThrow(
            () ->
                new MineException(
                    ErrorCode.INTERNAL,
                    "dataset '" + gaussian.name() + "' gives no exact MI for " + probe.label()));
  }

  private static Measurement measure(
      String label, Estimator estimator, Probe probe, Samples samples, double truth, long seed) {
    long start = System.nanoTime();
    try {
      Estimate estimate = estimator.estimate(samples, EstimationContext.seeded(seed));
      return new Measurement(
          label,
          probe,
          truth,
          seed,
          OptionalDouble.of(estimate.nats()),
          estimate.ciLow(),
          estimate.ciHigh(),
          OptionalLong.empty(),
          seconds(start));
    } catch (MineException e) {
      if (e.code() != ErrorCode.NON_FINITE_LOSS) {
        throw e;
      }
      long step = e instanceof NonFiniteLossException nonFinite ? nonFinite.step() : 0;
      return new Measurement(
          label,
          probe,
          truth,
          seed,
          OptionalDouble.empty(),
          Double.NaN,
          Double.NaN,
          OptionalLong.of(step),
          seconds(start));
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
