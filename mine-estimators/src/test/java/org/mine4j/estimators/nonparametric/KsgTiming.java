package org.mine4j.estimators.nonparametric;

import java.util.Locale;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.contract.ContractSamples;
import org.mine4j.api.data.Samples;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A timing harness, not a test (run its main on the test class path): KSG wall time at N = 10,000
 * and 100,000 in dx = 2, dy = 3 (CPU time of the one thread it runs on), and KSG on the 20-d
 * Gaussian at 2 nats with N = 5,000.
 */
final class KsgTiming {
  private static final Logger LOG = LoggerFactory.getLogger(KsgTiming.class);

  private KsgTiming() {}

  public static void main(String[] args) {
    String section = args.length > 0 ? args[0] : "all";
    if (section.equals("all") || section.equals("scaling")) {
      scaling();
    }
    if (section.equals("all") || section.equals("high")) {
      highDimension();
    }
  }

  /** X ~ N(0, I_2); Y = (rho x1 + s e1, rho x2 + s e2, e3): dx = 2, dy = 3, I = -ln(1 - rho^2). */
  private static Samples fiveDimensional(int n, double rho, long seed) {
    Samples pairs = ContractSamples.gaussian(n, 2, rho, seed);
    Samples extra = ContractSamples.gaussian(n, 1, 0.0, seed + 1);
    float[] y = new float[n * 3];
    for (int i = 0; i < n; i++) {
      y[3 * i] = pairs.y(i, 0);
      y[3 * i + 1] = pairs.y(i, 1);
      y[3 * i + 2] = extra.y(i, 0);
    }
    return Samples.ofRowMajor(pairs.xRowMajor(), y, n, 2, 3);
  }

  private static void scaling() {
    double rho = 0.8;
    double truth = -Math.log(1 - rho * rho);
    KsgEstimator warm = new KsgEstimator(KsgAlgorithm.ONE, KsgOptions.defaults());
    warm.estimate(fiveDimensional(5000, rho, 1), EstimationContext.seeded(1));
    double previous = 0;
    for (int n : new int[] {10_000, 100_000}) {
      Samples samples = fiveDimensional(n, rho, 2);
      for (KsgAlgorithm algorithm : KsgAlgorithm.values()) {
        KsgEstimator ksg = new KsgEstimator(algorithm, KsgOptions.defaults());
        double best = Double.MAX_VALUE;
        Estimate estimate = null;
        for (int repeat = 0; repeat < 2; repeat++) {
          long start = cpuNanos();
          estimate = ksg.estimate(samples, EstimationContext.seeded(1));
          best = Math.min(best, (cpuNanos() - start) / 1e9);
        }
        print(
            "%s dx=2 dy=3 N=%d: %.3f s CPU (best of 2), estimate %.4f, truth %.4f",
            algorithm.label(), n, best, estimate.nats(), truth);
        if (algorithm == KsgAlgorithm.ONE) {
          if (previous > 0) {
            print(
                "time ratio %.2f; N log N ratio %.2f; N^2 ratio 100",
                best / previous, (100_000 * Math.log(100_000)) / (10_000 * Math.log(10_000)));
          }
          previous = best;
        }
      }
    }
  }

  private static void highDimension() {
    int dim = 20;
    double mi = 2.0;
    double rho = Math.sqrt(-Math.expm1(-2 * mi / dim));
    for (long seed = 1; seed <= 3; seed++) {
      Samples samples = ContractSamples.gaussian(5000, dim, rho, seed);
      for (KsgAlgorithm algorithm : KsgAlgorithm.values()) {
        long start = cpuNanos();
        Estimate estimate =
            new KsgEstimator(algorithm, KsgOptions.defaults())
                .estimate(samples, EstimationContext.seeded(seed));
        print(
            "%s 20-d Gaussian at 2 nats (rho %.4f), N=5000, seed %d: %.4f nats in %.2f s CPU; %s",
            algorithm.label(),
            rho,
            seed,
            estimate.nats(),
            (cpuNanos() - start) / 1e9,
            estimate.warnings());
      }
      Estimate gaussian = new GaussianEstimator().estimate(samples, EstimationContext.seeded(seed));
      print("gaussian plug-in on the same samples: %.4f", gaussian.nats());
    }
  }

  /** CPU time of this thread: the machine is shared, so wall time would measure the neighbours. */
  private static long cpuNanos() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static void print(String format, Object... args) {
    String line = String.format(Locale.ROOT, format, args);
    LOG.info(line);
    System.out.println(line); // a command-line harness in test scope, not library code
  }
}
