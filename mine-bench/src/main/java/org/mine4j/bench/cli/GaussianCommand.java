package org.mine4j.bench.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.mine4j.api.Estimator;
import org.mine4j.api.MineException;
import org.mine4j.api.spi.DatasetFactory;
import org.mine4j.api.spi.EstimatorFactory;
import org.mine4j.api.spi.TrainableEstimatorFactory;
import org.mine4j.bench.gaussian.GaussianBenchmark;
import org.mine4j.bench.gaussian.GaussianProtocol;
import org.mine4j.bench.gaussian.GaussianReport;
import org.mine4j.bench.gaussian.GaussianResults;
import org.mine4j.bench.plugins.Components;
import org.mine4j.bench.results.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mine4j bench gaussian}: the 1-D Gaussian benchmark of mine-pytorch, neural estimators
 * beside KSG and the Gaussian plug-in, printed as a table and written to {@code
 * OUT/gaussian/results.csv} and {@code results.json}, with the figure {@code OUT/gaussian.png} and
 * the page {@code OUT/gaussian.html}.
 */
@Command(
    name = "gaussian",
    mixinStandardHelpOptions = true,
    description = {
      "1-D Gaussian benchmark (mine-pytorch): 15 rho evenly in [-0.99, 0.99], N = 3000 training"
          + " samples, each estimate on 10000 fresh held-out samples. Quick settings by default"
          + " (neural: 1000 Adam steps of 256 pairs, lr 1e-3, critic 64-64; about a minute on two"
          + " cores); --full for mine-pytorch's (batch 500, Adam 1e-4, critic 100-100, 5000 steps;"
          + " about 10 minutes on two cores).",
      "The training settings (and --steps) go to neural estimators only; others (ksg, gaussian,"
          + " histogram) run with their defaults on the N training samples.",
      "Writes OUT/gaussian/results.csv, OUT/gaussian/results.json, OUT/gaussian.png and"
          + " OUT/gaussian.html."
    })
final class GaussianCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(
      names = "--estimators",
      defaultValue = "mine,dv,nwj,ksg,gaussian",
      paramLabel = "NAME[:K=V...]",
      description =
          "Comma-separated estimators, each with options after colons (nwj:hidden=32,32 or"
              + " infonce:critic=separable), which win over the settings; default:"
              + " ${DEFAULT-VALUE}.")
  List<String> estimators;

  @Option(
      names = "--full",
      description =
          "mine-pytorch's training settings (batch 500, Adam 1e-4, critic 100-100, the"
              + " estimators' 5000 steps) instead of the quick ones.")
  boolean full;

  @Option(
      names = "--seed",
      defaultValue = "0",
      description = "Master seed; default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--out",
      defaultValue = "results",
      paramLabel = "DIR",
      description = "Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(
      names = "--steps",
      paramLabel = "N",
      description =
          "Training steps of neural estimators (default: 1000, or the estimator's with --full).")
  Integer steps;

  @Option(
      names = "--parallel",
      paramLabel = "K",
      description = "Trainings at once (each single-threaded); default: the number of cores.")
  Integer parallel;

  @Option(
      names = "--points",
      defaultValue = "15",
      paramLabel = "P",
      description = "Number of rho values (15 in the protocol; fewer for a quick check).")
  int points;

  GaussianCommand(CliContext context) {
    this.context = requireNonNull(context, "context is null");
  }

  @Override
  public Integer call() {
    if (points < 1) {
      throw MineException.invalidOptions("--points must be at least 1, found " + points);
    }
    if (parallel != null && parallel < 1) {
      throw MineException.invalidOptions("--parallel must be at least 1, found " + parallel);
    }
    AtomicFiles.checkWritable(out);
    int threads = parallel == null ? Runtime.getRuntime().availableProcessors() : parallel;
    OptionalInt budget = steps == null ? OptionalInt.empty() : OptionalInt.of(steps);
    GaussianProtocol protocol =
        (full ? GaussianProtocol.standard(budget) : GaussianProtocol.quick(budget))
            .withRhos(GaussianProtocol.evenly(-0.99, 0.99, points));
    List<String> labels =
        LabelledOptions.labels(estimators, "--estimators", "mine,infonce:critic=separable");
    announce(protocol, labels, threads);
    GaussianProgress progress =
        new GaussianProgress(
            context.err(), context.progress(), protocol.rhos().size() * labels.size());
    progress.start();
    GaussianResults results;
    long start = System.nanoTime();
    try {
      GaussianBenchmark benchmark = benchmark(protocol, labels);
      start = System.nanoTime();
      results = benchmark.run(seed, threads, progress);
    } finally {
      progress.finish();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    GaussianReport report = new GaussianReport(results);
    List<Path> files = report.writeWithFigure(out, seconds, threads);
    context.out().print(report.table());
    for (Path file : files) {
      context.out().println("wrote " + file);
    }
    context.out().flush();
    if (context.progress() != ProgressStyle.NONE) {
      context
          .err()
          .printf(
              Locale.ROOT,
              "bench gaussian: done in %.0f s; open %s for the figure and every estimate%n",
              seconds,
              GaussianReport.page(out));
      context.err().flush();
    }
    return ExitCodes.OK;
  }

  /** The estimators, each made with the settings (neural ones) and its own options. */
  private GaussianBenchmark benchmark(GaussianProtocol protocol, List<String> labels) {
    Components components = context.components().get();
    DatasetFactory gaussian = components.datasets().get(GaussianProtocol.DATASET);
    Map<String, Estimator> chosen = new LinkedHashMap<>();
    for (String label : labels) {
      if (chosen.containsKey(label)) {
        throw MineException.invalidOptions("--estimators names '" + label + "' twice");
      }
      EstimatorFactory factory = components.estimators().get(LabelledOptions.name(label));
      // The protocol's training settings mean nothing to ksg or gaussian, whose factories reject
      // them; those run with their defaults.
      Map<String, String> options = new LinkedHashMap<>();
      if (factory instanceof TrainableEstimatorFactory) {
        options.putAll(protocol.estimatorOptions());
      }
      options.putAll(LabelledOptions.options(label, "--estimators", "nwj:hidden=32,32"));
      chosen.put(label, factory.create(options, components));
    }
    return new GaussianBenchmark(gaussian, chosen, protocol);
  }

  /** What is about to run, before anything slow (plugin discovery, training). */
  private void announce(GaussianProtocol protocol, List<String> labels, int threads) {
    if (context.progress() == ProgressStyle.NONE) {
      return;
    }
    context
        .err()
        .printf(
            Locale.ROOT,
            "bench gaussian: %d correlations x %d estimators (%s) = %d runs on %d threads, %s"
                + " settings%s%n",
            protocol.rhos().size(),
            labels.size(),
            String.join(", ", labels),
            protocol.rhos().size() * labels.size(),
            threads,
            protocol.settings(),
            full ? "" : " (--full for mine-pytorch's)");
    context.err().flush();
  }
}
