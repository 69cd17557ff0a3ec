package org.mine4j.bench.experiments;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.mine4j.api.Estimator;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.experiment.Experiment;
import org.mine4j.api.experiment.ExperimentContext;
import org.mine4j.api.experiment.ExperimentReport;
import org.mine4j.api.spi.DatasetFactory;
import org.mine4j.bench.parallel.RunPool;

/**
 * MINE against KSG on correlated Gaussians (Belghazi et al. 2018, Figure 1): for each dimension d
 * and correlation ρ, N rows of X ~ N(0, I_d), Y = ρX + √(1 − ρ²)ε, estimated by every estimator and
 * compared with the exact I(X;Y) = −(d/2) ln(1 − ρ²). In 2 dimensions all estimators track the
 * truth; in 20 (20 + 20 coordinates) the k-NN estimator of Kraskov et al. (2004) is strongly biased
 * low at large MI, where MINE is not.
 *
 * <p>Seeds: one data seed per (d, ρ), shared by every estimator so that they see the same rows, and
 * one seed per estimate, all split from the master seed in a fixed order; the results do not depend
 * on {@code parallel}. Writes {@code OUT/mine-vs-ksg/mine-vs-ksg.csv} and one plot per dimension,
 * {@code mine-vs-ksg-dD.png}.
 */
public final class MineVsKsgExperiment implements Experiment {
  private final MineVsKsgOptions options;

  public MineVsKsgExperiment(MineVsKsgOptions options) {
    this.options = requireNonNull(options, "options is null");
  }

  @Override
  public String name() {
    return MineVsKsgFactory.NAME;
  }

  /** The options it runs with. */
  public MineVsKsgOptions options() {
    return options;
  }

  @Override
  public ExperimentReport run(ExperimentContext context) {
    List<MineVsKsgRow> rows = runAll(context);
    return new MineVsKsgReport(options, context.seed(), rows)
        .write(context.outputDirectory().resolve(name()));
  }

  /**
   * Every estimate, in (dim, rho, estimator) order; the dataset and every estimator are resolved in
   * the context's components before the first run.
   */
  public List<MineVsKsgRow> runAll(ExperimentContext context) {
    DatasetFactory gaussian = context.components().dataset(MineVsKsgFactory.DATASET);
    Map<String, Estimator> estimators =
        EstimatorChoice.create(context.components(), options.estimators(), options.neural());
    SplittableRandom seeds = new SplittableRandom(context.seed());
    List<Callable<MineVsKsgRow>> runs = new ArrayList<>();
    int total = options.dims().size() * options.rhos().size() * estimators.size();
    AtomicInteger done = new AtomicInteger();
    for (int dim : options.dims()) {
      for (double rho : options.rhos()) {
        long dataSeed = seeds.nextLong();
        for (Map.Entry<String, Estimator> entry : estimators.entrySet()) {
          long runSeed = seeds.nextLong();
          runs.add(
              () -> {
                MineVsKsgRow row = estimate(gaussian, dim, rho, entry, dataSeed, runSeed);
                int finished = done.incrementAndGet();
                context.listener().progress(finished, total, line(finished, total, row));
                return row;
              });
        }
      }
    }
    int parallel = options.parallel() == 0 ? context.parallel() : options.parallel();
    return RunPool.runAll(runs, parallel);
  }

  private MineVsKsgRow estimate(
      DatasetFactory gaussian,
      int dim,
      double rho,
      Map.Entry<String, Estimator> estimator,
      long dataSeed,
      long runSeed) {
    Dataset dataset =
        gaussian.create(Map.of("dim", Integer.toString(dim), "rho", Double.toString(rho)));
    double truth =
        dataset.trueMutualInformation().orElse(MineVsKsgOptions.trueMutualInformation(dim, rho));
    Trial trial = Trial.run(dataset, estimator.getValue(), options.n(), dataSeed, runSeed);
    return new MineVsKsgRow(dim, rho, truth, estimator.getKey(), trial);
  }

  private static String line(int done, int total, MineVsKsgRow row) {
    String value =
        row.trial().estimate().isPresent()
            ? String.format(Locale.ROOT, "%.4f nats", row.estimate())
            : "diverged (step " + row.trial().divergedStep().getAsLong() + ")";
    return String.format(
        Locale.ROOT,
        "[%d/%d] %s d=%d rho=%.3f (true %.4f): %s in %.1f s",
        done,
        total,
        row.estimator(),
        row.dim(),
        row.rho(),
        row.truth(),
        value,
        row.trial().seconds());
  }
}
