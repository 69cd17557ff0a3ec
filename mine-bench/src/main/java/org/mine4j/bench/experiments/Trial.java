package org.mine4j.bench.experiments;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.Estimator;
import org.mine4j.api.MineException;
import org.mine4j.api.NonFiniteLossException;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.data.Samples;

/**
 * One estimate of one dataset: N rows drawn with the data seed, the estimator run with its own
 * seed. A training whose loss becomes non-finite is an outcome (no estimate, the step), not a
 * failure; any other error stops the experiment.
 *
 * @param estimate the estimate in nats; empty if the training diverged
 * @param divergedStep the step whose loss was non-finite, if any
 * @param seconds wall time of the estimate (sampling excluded)
 */
public record Trial(OptionalDouble estimate, OptionalLong divergedStep, double seconds) {
  /** Runs it. */
  static Trial run(Dataset dataset, Estimator estimator, int n, long dataSeed, long seed) {
    Samples samples = dataset.sample(n, dataSeed);
    long start = System.nanoTime();
    try {
      double nats = estimator.estimate(samples, EstimationContext.seeded(seed)).nats();
      return new Trial(OptionalDouble.of(nats), OptionalLong.empty(), since(start));
    } catch (MineException e) {
      if (e.code() != ErrorCode.NON_FINITE_LOSS) {
        throw e;
      }
      long step = e instanceof NonFiniteLossException nonFinite ? nonFinite.step() : 0;
      return new Trial(OptionalDouble.empty(), OptionalLong.of(step), since(start));
    }
  }

  /** The estimate, or NaN if the training diverged. */
  public double value() {
    return estimate.orElse(Double.NaN);
  }

  private static double since(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
