package org.mine4j.bench.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.mine4j.api.Estimator;
import org.mine4j.api.MineException;
import org.mine4j.api.spi.DatasetFactory;
import org.mine4j.api.spi.EstimatorFactory;
import org.mine4j.api.spi.TrainableEstimatorFactory;
import org.mine4j.bench.gaussian.GaussianBenchmark;
import org.mine4j.bench.gaussian.GaussianProtocol;
import org.mine4j.bench.gaussian.GaussianReport;
import org.mine4j.bench.gaussian.GaussianResults;
import org.mine4j.bench.gaussian.GaussianRun;
import org.mine4j.bench.plugins.Components;
import org.mine4j.bench.results.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mine4j bench gaussian}: the 1-D Gaussian protocol of mine-pytorch (SPEC section 5),
 * printed as a table and written to {@code OUT/gaussian/results.csv} and {@code results.json}.
 */
@Command(
    name = "gaussian",
    mixinStandardHelpOptions = true,
    description = {
      "1-D Gaussian protocol (mine-pytorch): 15 rho evenly in [-0.99, 0.99], N = 3000 training"
          + " samples, batch 500, Adam 1e-4, critic 100-100, each estimate on 10000 fresh held-out"
          + " samples.",
      "The training settings (and --steps) go to neural estimators only; others (ksg, gaussian,"
          + " histogram) run with their defaults on the N training samples.",
      "Writes OUT/gaussian/results.csv and OUT/gaussian/results.json."
    })
final class GaussianCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(
      names = "--estimators",
      split = ",",
      defaultValue = "mine,dv,nwj",
      paramLabel = "NAME",
      description = "Comma-separated estimators; default: ${DEFAULT-VALUE}.")
  List<String> estimators;

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
      description = "Training steps of neural estimators (default: the estimator's).")
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
    GaussianProtocol protocol =
        GaussianProtocol.standard(steps == null ? OptionalInt.empty() : OptionalInt.of(steps))
            .withRhos(GaussianProtocol.evenly(-0.99, 0.99, points));
    Components components = context.components().get();
    DatasetFactory gaussian = components.datasets().get(GaussianProtocol.DATASET);
    Map<String, Estimator> chosen = new LinkedHashMap<>();
    for (String name : estimators) {
      String trimmed = name.trim();
      if (chosen.containsKey(trimmed)) {
        throw MineException.invalidOptions("--estimators names '" + trimmed + "' twice");
      }
      EstimatorFactory factory = components.estimators().get(trimmed);
      // The protocol's training settings mean nothing to ksg or gaussian, whose factories reject
      // them; those run with their defaults.
      chosen.put(
          trimmed,
          factory.create(
              factory instanceof TrainableEstimatorFactory ? protocol.estimatorOptions() : Map.of(),
              components));
    }
    GaussianBenchmark benchmark = new GaussianBenchmark(gaussian, chosen, protocol);
    GaussianResults results =
        benchmark.run(seed, threads, progress(protocol.rhos().size() * chosen.size()));
    GaussianReport report = new GaussianReport(results);
    List<Path> files = report.write(out);
    context.out().print(report.table());
    for (Path file : files) {
      context.out().println("wrote " + file);
    }
    context.out().flush();
    return ExitCodes.OK;
  }

  private Consumer<GaussianRun> progress(int total) {
    if (!context.interactive()) {
      return run -> {};
    }
    AtomicInteger done = new AtomicInteger();
    return run -> {
      String value =
          run.diverged()
              ? "diverged (step " + run.divergedStep().getAsLong() + ")"
              : String.format(Locale.ROOT, "%.4f nats", run.estimate().getAsDouble());
      synchronized (context.err()) {
        context
            .err()
            .printf(
                Locale.ROOT,
                "[%d/%d] %s rho=%.3f (true %.4f): %s in %.1f s%n",
                done.incrementAndGet(),
                total,
                run.estimator(),
                run.rho(),
                run.trueMi(),
                value,
                run.seconds());
        context.err().flush();
      }
    };
  }
}
