package org.mine4j.bench.experiments;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.Estimator;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.experiment.Experiment;
import org.mine4j.api.experiment.ExperimentReport;
import org.mine4j.api.spi.DatasetFactory;
import org.mine4j.bench.parallel.RunPool;

/**
 * MINE on non-linear dependence (Belghazi et al. 2018, after the equitability study of Kinney &amp;
 * Atwal 2014): X ~ U(−1, 1)^d, Y = f(X) + σε for f ∈ {x, x³, sin x} over a grid of noise levels σ,
 * each estimate compared with the exact I(X;Y) of the {@code nonlinear} dataset (one-dimensional
 * quadrature, SPEC §4) as a relative error (estimate − truth) / truth.
 *
 * <p>Seeds: one data seed and one estimator seed per (f, σ), split from the master seed in a fixed
 * order; the results do not depend on {@code parallel}. Writes {@code OUT/nonlinear/nonlinear.csv}
 * and the heat map {@code nonlinear.png}.
 */
public final class NonlinearExperiment implements Experiment {
  private final NonlinearExperimentOptions options;
  private final DatasetFactory nonlinear;
  private final Estimator estimator;
  private final Consumer<String> progress;

  /**
   * @param nonlinear the {@code nonlinear} dataset factory (options function, sigma, dim)
   * @param estimator made with the options' training settings if it is neural
   * @param progress receives one line per finished estimate
   */
  public NonlinearExperiment(
      NonlinearExperimentOptions options,
      DatasetFactory nonlinear,
      Estimator estimator,
      Consumer<String> progress) {
    this.options = requireNonNull(options, "options is null");
    this.nonlinear = requireNonNull(nonlinear, "nonlinear is null");
    this.estimator = requireNonNull(estimator, "estimator is null");
    this.progress = requireNonNull(progress, "progress is null");
  }

  @Override
  public String name() {
    return NonlinearExperimentFactory.NAME;
  }

  @Override
  public ExperimentReport run(long seed, Path outputDirectory) {
    requireNonNull(outputDirectory, "outputDirectory is null");
    List<NonlinearRow> rows = runAll(seed);
    return new NonlinearReport(options, seed, rows).write(outputDirectory.resolve(name()));
  }

  /** Every estimate, in (function, sigma) order. */
  public List<NonlinearRow> runAll(long seed) {
    SplittableRandom seeds = new SplittableRandom(seed);
    List<Callable<NonlinearRow>> runs = new ArrayList<>();
    int total = options.functions().size() * options.sigmas().size();
    AtomicInteger done = new AtomicInteger();
    for (String function : options.functions()) {
      for (double sigma : options.sigmas()) {
        long dataSeed = seeds.nextLong();
        long runSeed = seeds.nextLong();
        runs.add(
            () -> {
              NonlinearRow row = estimate(function, sigma, dataSeed, runSeed);
              progress.accept(line(done.incrementAndGet(), total, row));
              return row;
            });
      }
    }
    int parallel =
        options.parallel() == 0 ? Runtime.getRuntime().availableProcessors() : options.parallel();
    return RunPool.runAll(runs, parallel);
  }

  private NonlinearRow estimate(String function, double sigma, long dataSeed, long runSeed) {
    Dataset dataset =
        nonlinear.create(
            Map.of(
                "function",
                function,
                "sigma",
                Double.toString(sigma),
                "dim",
                Integer.toString(options.dim())));
    double truth =
        dataset
            .trueMutualInformation()
            .orElseThrow(
                () ->
                    new MineException(
                        ErrorCode.INTERNAL,
                        "the nonlinear dataset gave no exact mutual information for f = "
                            + function
                            + ", sigma = "
                            + sigma));
    Trial trial = Trial.run(dataset, estimator, options.n(), dataSeed, runSeed);
    return new NonlinearRow(function, sigma, truth, trial);
  }

  private static String line(int done, int total, NonlinearRow row) {
    String value =
        row.trial().estimate().isPresent()
            ? String.format(
                Locale.ROOT, "%.4f nats (%+.1f%%)", row.estimate(), 100 * row.relativeError())
            : "diverged (step " + row.trial().divergedStep().getAsLong() + ")";
    return String.format(
        Locale.ROOT,
        "[%d/%d] f=%s sigma=%.3f (true %.4f): %s in %.1f s",
        done,
        total,
        row.function(),
        row.sigma(),
        row.truth(),
        value,
        row.trial().seconds());
  }
}
