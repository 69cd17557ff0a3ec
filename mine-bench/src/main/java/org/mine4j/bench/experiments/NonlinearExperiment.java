package org.mine4j.bench.experiments;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.Estimator;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.experiment.Experiment;
import org.mine4j.api.experiment.ExperimentContext;
import org.mine4j.api.experiment.ExperimentReport;
import org.mine4j.api.spi.DatasetFactory;
import org.mine4j.bench.parallel.RunPool;

/**
 * MINE on non-linear dependence (Belghazi et al. 2018, after the equitability study of Kinney &amp;
 * Atwal 2014): X ~ U(−1, 1)^d, Y = f(X) + σε for f ∈ {x, x³, sin x} over a grid of noise levels σ,
 * each estimate compared with the exact I(X;Y) of the {@code nonlinear} dataset (one-dimensional
 * quadrature of the density of Y) as a relative error (estimate − truth) / truth.
 *
 * <p>Seeds: one data seed and one estimator seed per (f, σ), split from the master seed in a fixed
 * order; the results do not depend on {@code parallel}. Writes {@code OUT/nonlinear/nonlinear.csv}
 * and the heat map {@code nonlinear.png}.
 */
public final class NonlinearExperiment implements Experiment {
  private final NonlinearExperimentOptions options;

  public NonlinearExperiment(NonlinearExperimentOptions options) {
    this.options = requireNonNull(options, "options is null");
  }

  @Override
  public String name() {
    return NonlinearExperimentFactory.NAME;
  }

  @Override
  public ExperimentReport run(ExperimentContext context) {
    List<NonlinearRow> rows = runAll(context);
    return new NonlinearReport(options, context.seed(), rows)
        .write(context.outputDirectory().resolve(name()));
  }

  /**
   * Every estimate, in (function, sigma) order; the dataset and the estimator are resolved in the
   * context's components before the first run.
   */
  public List<NonlinearRow> runAll(ExperimentContext context) {
    DatasetFactory nonlinear = context.components().dataset(NonlinearExperimentFactory.DATASET);
    Estimator estimator =
        EstimatorChoice.create(context.components(), List.of(options.estimator()), options.neural())
            .get(options.estimator());
    SplittableRandom seeds = new SplittableRandom(context.seed());
    List<Callable<NonlinearRow>> runs = new ArrayList<>();
    int total = options.functions().size() * options.sigmas().size();
    AtomicInteger done = new AtomicInteger();
    for (String function : options.functions()) {
      for (double sigma : options.sigmas()) {
        long dataSeed = seeds.nextLong();
        long runSeed = seeds.nextLong();
        runs.add(
            () -> {
              NonlinearRow row = estimate(nonlinear, estimator, function, sigma, dataSeed, runSeed);
              int finished = done.incrementAndGet();
              context.listener().progress(finished, total, line(finished, total, row));
              return row;
            });
      }
    }
    int parallel = options.parallel() == 0 ? context.parallel() : options.parallel();
    return RunPool.runAll(runs, parallel);
  }

  private NonlinearRow estimate(
      DatasetFactory nonlinear,
      Estimator estimator,
      String function,
      double sigma,
      long dataSeed,
      long runSeed) {
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
