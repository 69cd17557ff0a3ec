package org.mine4j.bench.experiments;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.data.Sampler;
import org.mine4j.api.data.Samples;
import org.mine4j.api.experiment.Experiment;
import org.mine4j.api.experiment.ExperimentContext;
import org.mine4j.api.experiment.ExperimentReport;
import org.mine4j.api.gradient.MiCritic;
import org.mine4j.api.gradient.MutualInformationGradient;
import org.mine4j.api.spi.DatasetFactory;
import org.mine4j.api.spi.EstimatorFactory;
import org.mine4j.api.spi.TrainableEstimatorFactory;
import org.mine4j.bench.parallel.RunPool;
import org.mine4j.estimators.MiGradients;

/**
 * The MIGE paper's toy (Wen et al. 2020, section 5.1): the gradient of I(X; Y) with respect to ρ
 * for correlated Gaussians X ~ N(0, I_d), Y = ρX + √(1 − ρ²)ε, estimated through each gradient
 * source's dI/dy and the chain rule through the sampler ({@link RhoGradient}), against the exact
 * d·ρ/(1 − ρ²). A neural estimator's critic first takes {@code steps} steps on fresh batches; MIGE
 * needs none. Every source then gives its gradient on the same batch of n rows.
 *
 * <p>Seeds: per (repeat, d, ρ) one seed for the gradient batch, shared by every source, and per
 * source one seed for its critic and its training batches, all split from the master seed in a
 * fixed order; the results do not depend on {@code parallel}. Writes {@code
 * OUT/mige-gradient/mige-gradient.csv} and {@code mige-gradient.png} (gradient against ρ, a panel
 * per d).
 */
public final class MigeGradientExperiment implements Experiment {
  private final MigeGradientOptions options;

  public MigeGradientExperiment(MigeGradientOptions options) {
    this.options = requireNonNull(options, "options is null");
  }

  @Override
  public String name() {
    return MigeGradientFactory.NAME;
  }

  public MigeGradientOptions options() {
    return options;
  }

  @Override
  public ExperimentReport run(ExperimentContext context) {
    List<MigeGradientRow> rows = runAll(context);
    return new MigeGradientReport(options, context.seed(), rows).write(context.files(), name());
  }

  /** Every gradient, in (repeat, d, ρ, estimator) order; names are resolved before any run. */
  public List<MigeGradientRow> runAll(ExperimentContext context) {
    DatasetFactory gaussian = context.components().dataset(MineVsKsgFactory.DATASET);
    Map<String, Map<String, String>> sources = new LinkedHashMap<>();
    for (String name : options.estimators()) {
      EstimatorFactory factory = context.components().estimator(name);
      Map<String, String> sourceOptions =
          factory instanceof TrainableEstimatorFactory ? options.criticOptions() : Map.of();
      MiGradients.create(context.components(), name, sourceOptions, 1, 1, 0L); // validates
      sources.put(name, sourceOptions);
    }
    SplittableRandom seeds = new SplittableRandom(context.seed());
    List<Callable<MigeGradientRow>> runs = new ArrayList<>();
    int total = options.repeats() * options.dims().size() * options.rhos().size() * sources.size();
    AtomicInteger done = new AtomicInteger();
    for (int repeat = 1; repeat <= options.repeats(); repeat++) {
      for (int dim : options.dims()) {
        for (double rho : options.rhos()) {
          long batchSeed = seeds.nextLong();
          for (Map.Entry<String, Map<String, String>> source : sources.entrySet()) {
            long runSeed = seeds.nextLong();
            int r = repeat;
            runs.add(
                () -> {
                  MigeGradientRow row =
                      gradient(context, gaussian, r, dim, rho, source, batchSeed, runSeed);
                  int finished = done.incrementAndGet();
                  context.listener().progress(finished, total, line(finished, total, row));
                  return row;
                });
          }
        }
      }
    }
    int parallel = options.parallel() == 0 ? context.parallel() : options.parallel();
    return RunPool.runAll(runs, parallel);
  }

  private MigeGradientRow gradient(
      ExperimentContext context,
      DatasetFactory gaussian,
      int repeat,
      int dim,
      double rho,
      Map.Entry<String, Map<String, String>> source,
      long batchSeed,
      long runSeed) {
    long start = System.nanoTime();
    Dataset dataset =
        gaussian.create(Map.of("dim", Integer.toString(dim), "rho", Double.toString(rho)));
    SplittableRandom seeds = new SplittableRandom(runSeed);
    MutualInformationGradient estimator =
        MiGradients.create(
            context.components(), source.getKey(), source.getValue(), dim, dim, seeds.nextLong());
    Samples batch = dataset.sample(options.n(), batchSeed);
    double value;
    try {
      if (estimator instanceof MiCritic critic) {
        Sampler training = dataset.sampler(seeds.nextLong());
        for (int step = 0; step < options.steps(); step++) {
          critic.step(training.next(options.n()));
        }
      }
      value = RhoGradient.of(estimator.gradient(batch), batch, rho);
    } catch (MineException e) {
      if (e.code() != ErrorCode.NON_FINITE_LOSS) {
        throw e;
      }
      value = Double.NaN;
    }
    return new MigeGradientRow(
        repeat,
        dim,
        rho,
        source.getKey(),
        value,
        RhoGradient.exact(dim, rho),
        (System.nanoTime() - start) / 1e9);
  }

  private static String line(int done, int total, MigeGradientRow row) {
    return String.format(
        Locale.ROOT,
        "[%d/%d] %s d=%d rho=%.3f: dI/drho %s (true %.3f) in %.1f s",
        done,
        total,
        row.estimator(),
        row.dim(),
        row.rho(),
        Double.isNaN(row.gradient())
            ? "diverged"
            : String.format(Locale.ROOT, "%.3f", row.gradient()),
        row.truth(),
        row.seconds());
  }
}
