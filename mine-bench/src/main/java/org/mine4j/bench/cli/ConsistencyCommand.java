package org.mine4j.bench.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.mine4j.api.Estimator;
import org.mine4j.api.MineException;
import org.mine4j.api.spi.EstimatorFactory;
import org.mine4j.api.spi.TrainableEstimatorFactory;
import org.mine4j.bench.consistency.ConsistencyBenchmark;
import org.mine4j.bench.consistency.ConsistencyProtocol;
import org.mine4j.bench.consistency.ConsistencyReport;
import org.mine4j.bench.consistency.ConsistencyResults;
import org.mine4j.bench.consistency.Measurement;
import org.mine4j.bench.consistency.Probe;
import org.mine4j.bench.plugins.Components;
import org.mine4j.bench.results.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mine4j bench consistency}: the self-consistency checks (independence, data processing,
 * additivity, invariance) per estimator, printed as a pass/fail table and written to {@code
 * OUT/consistency/consistency.csv} and {@code .json}. Failed checks are results (exit 0); bad input
 * exits 2.
 */
@Command(
    name = "consistency",
    mixinStandardHelpOptions = true,
    description = {
      "Self-consistency checks per estimator, each with a tolerance and pass/fail: I = 0 on"
          + " independent X, Y; I(X; g(Y)) <= I(X; Y) for g keeping half of Y; I of two stacked"
          + " independent copies = the sum; I invariant under invertible affine maps and under"
          + " the datasets' transforms (cube on X, asinh on Y). Data: the gaussian dataset, X"
          + " and Y of dim 2, pairs correlated 0.8 (exact MI 1.0217 nats).",
      "An estimator may carry options after colons, e.g. smile:tau=1; --steps and --batch-size"
          + " go to neural estimators only.",
      "Writes OUT/consistency/consistency.csv and OUT/consistency/consistency.json."
    })
final class ConsistencyCommand implements Callable<Integer> {
  static final String DEFAULT_ESTIMATORS = "mine,nwj,infonce,smile,ksg,gaussian";

  private final CliContext context;

  @Option(
      names = "--estimators",
      defaultValue = DEFAULT_ESTIMATORS,
      paramLabel = "NAME[:K=V...]",
      description =
          "Comma-separated estimators; a number after a comma continues the list value of the"
              + " option before it (mine:hidden=16,8,ksg is two estimators); default:"
              + " ${DEFAULT-VALUE}.")
  List<String> estimators;

  @Option(
      names = "--n",
      defaultValue = "2000",
      paramLabel = "N",
      description = "Samples per sample set; default: ${DEFAULT-VALUE}.")
  int rows;

  @Option(
      names = "--steps",
      defaultValue = "500",
      paramLabel = "S",
      description = "Training steps of neural estimators; default: ${DEFAULT-VALUE}.")
  int steps;

  @Option(
      names = "--batch-size",
      defaultValue = "64",
      paramLabel = "K",
      description = "Minibatch of neural estimators; default: ${DEFAULT-VALUE}.")
  int batchSize;

  @Option(
      names = "--x-transform",
      defaultValue = "cube",
      paramLabel = "T",
      description = "x-transform of the invariance-transform check; default: ${DEFAULT-VALUE}.")
  String xTransform;

  @Option(
      names = "--y-transform",
      defaultValue = "asinh",
      paramLabel = "T",
      description = "y-transform of the invariance-transform check; default: ${DEFAULT-VALUE}.")
  String yTransform;

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
      names = "--parallel",
      paramLabel = "K",
      description = "Estimations at once (each single-threaded); default: the number of cores.")
  Integer parallel;

  ConsistencyCommand(CliContext context) {
    this.context = requireNonNull(context, "context is null");
  }

  @Override
  public Integer call() {
    if (parallel != null && parallel < 1) {
      throw MineException.invalidOptions("--parallel must be at least 1, found " + parallel);
    }
    if (steps < 1) {
      throw MineException.invalidOptions("--steps must be at least 1, found " + steps);
    }
    if (batchSize < 2) {
      throw MineException.invalidOptions("--batch-size must be at least 2, found " + batchSize);
    }
    ConsistencyProtocol protocol;
    try {
      protocol =
          ConsistencyProtocol.standard(rows, steps, batchSize)
              .withTransforms(xTransform, yTransform);
    } catch (IllegalArgumentException e) {
      throw MineException.invalidOptions(e.getMessage());
    }
    AtomicFiles.checkWritable(out);
    Components components = context.components().get();
    // Fails now, naming the option, if a transform name is unknown.
    components
        .datasets()
        .get(ConsistencyProtocol.DATASET)
        .create(protocol.datasetOptions(Probe.TRANSFORMED));
    Map<String, Estimator> chosen = estimators(components, protocol);
    int threads = parallel == null ? Runtime.getRuntime().availableProcessors() : parallel;
    ConsistencyResults results =
        new ConsistencyBenchmark(
                components.datasets().get(ConsistencyProtocol.DATASET), chosen, protocol)
            .run(seed, threads, progress(chosen.size() * Probe.values().length));
    ConsistencyReport report = new ConsistencyReport(results);
    List<Path> files = report.write(out);
    context.out().print(report.table());
    for (Path file : files) {
      context.out().println("wrote " + file);
    }
    context.out().flush();
    return ExitCodes.OK;
  }

  /** Each NAME[:K=V...]; neural factories also get the training options. */
  private Map<String, Estimator> estimators(Components components, ConsistencyProtocol protocol) {
    Map<String, Estimator> chosen = new LinkedHashMap<>();
    for (String label :
        LabelledOptions.labels(estimators, "--estimators", "mine:hidden=16,8,ksg")) {
      if (chosen.containsKey(label)) {
        throw MineException.invalidOptions("--estimators names '" + label + "' twice");
      }
      EstimatorFactory factory = components.estimators().get(LabelledOptions.name(label));
      Map<String, String> options = new LinkedHashMap<>();
      if (factory instanceof TrainableEstimatorFactory) {
        options.putAll(protocol.trainingOptions());
      }
      options.putAll(LabelledOptions.options(label, "--estimators", "smile:tau=1"));
      chosen.put(label, factory.create(options, components));
    }
    return chosen;
  }

  private Consumer<Measurement> progress(int total) {
    if (!context.interactive()) {
      return measurement -> {};
    }
    AtomicInteger done = new AtomicInteger();
    return m -> {
      String value =
          m.diverged()
              ? "diverged (step " + m.divergedStep().getAsLong() + ")"
              : String.format(Locale.ROOT, "%.4f nats", m.nats());
      synchronized (context.err()) {
        context
            .err()
            .printf(
                Locale.ROOT,
                "[%d/%d] %s %s (true %.4f): %s in %.1f s%n",
                done.incrementAndGet(),
                total,
                m.estimator(),
                m.probe().quantity(),
                m.trueMi(),
                value,
                m.seconds());
        context.err().flush();
      }
    };
  }
}
