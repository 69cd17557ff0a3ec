package org.mine4j.bench.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mine4j.api.MineException;
import org.mine4j.api.TrainableEstimator;
import org.mine4j.api.spi.EstimatorFactory;
import org.mine4j.api.spi.TrainableEstimatorFactory;
import org.mine4j.bench.plugins.Components;
import org.mine4j.bench.results.AtomicFiles;
import org.mine4j.bench.staircase.StaircaseBenchmark;
import org.mine4j.bench.staircase.StaircaseProtocol;
import org.mine4j.bench.staircase.StaircaseReport;
import org.mine4j.bench.staircase.StaircaseRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mine4j bench staircase}: the SMILE / vbmi / ReMINE staircase (SPEC §5). */
@Command(
    name = "staircase",
    mixinStandardHelpOptions = true,
    description = {
      "Staircase protocol (Song & Ermon 2020): d = 20 Gaussian, batch 64, fresh samples every step,"
          + " true MI 2, 4, 6, 8, 10 nats, Adam 5e-4, critic hidden 256,256 (separable: embedding"
          + " 32). Bias, variance and MSE per level over its last 500 steps.",
      "An estimator may carry options after colons, e.g. smile:tau=1 or alpha:alpha=0.1.",
      "Writes OUT/staircase/CRITIC[-cubic]/{staircase.csv,staircase.json,traces.csv,staircase.png}."
          + " A diverging estimator is reported with its step; it does not stop the others."
    })
final class StaircaseCommand implements Callable<Integer> {
  static final String DEFAULT_ESTIMATORS =
      "infonce,nwj,dv,mine,js,smile:tau=1,smile:tau=5,smile:tau=inf,alpha,tuba,remine,remine-j";

  private final CliContext context;

  @Option(
      names = "--estimators",
      defaultValue = DEFAULT_ESTIMATORS,
      paramLabel = "NAME[:K=V...]",
      description =
          "Comma-separated estimators; a number after a comma continues the list value of the"
              + " option before it (mine:hidden=64,64,nwj is two estimators); default:"
              + " ${DEFAULT-VALUE}.")
  List<String> estimators;

  @Option(
      names = "--critic",
      defaultValue = "concat",
      paramLabel = "CRITIC",
      description = "concat or separable; default: ${DEFAULT-VALUE}.")
  String critic;

  @Option(names = "--cubic", description = "Estimate I(X; Y^3) (same truth, harder critic).")
  boolean cubic;

  @Option(
      names = "--steps-per-level",
      defaultValue = "4000",
      paramLabel = "N",
      description = "Training steps at each MI level; default: ${DEFAULT-VALUE}.")
  int stepsPerLevel;

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
      description = "Trainings at once (each single-threaded); default: the number of cores.")
  Integer parallel;

  StaircaseCommand(CliContext context) {
    this.context = requireNonNull(context, "context is null");
  }

  @Override
  public Integer call() {
    StaircaseProtocol protocol;
    try {
      protocol = StaircaseProtocol.standard(critic, cubic, stepsPerLevel);
    } catch (IllegalArgumentException e) {
      throw MineException.invalidOptions(e.getMessage());
    }
    if (parallel != null && parallel < 1) {
      throw MineException.invalidOptions("--parallel must be at least 1, found " + parallel);
    }
    AtomicFiles.checkWritable(out);
    Map<String, TrainableEstimator> chosen = estimators(protocol);
    int threads = parallel == null ? Runtime.getRuntime().availableProcessors() : parallel;
    ProgressBar bar =
        context.interactive()
            ? new ProgressBar(
                context.err(),
                "staircase " + protocol.variant(),
                protocol.totalSteps() * chosen.size())
            : null;
    List<StaircaseRun> runs =
        new StaircaseBenchmark(protocol, chosen)
            .run(
                seed,
                threads,
                (label, step, estimate) -> {
                  if (bar != null) {
                    bar.step(label, step, estimate, protocol.trueMiAt(step));
                  }
                });
    if (bar != null) {
      bar.finish();
    }
    StaircaseReport report = new StaircaseReport(protocol, seed, runs);
    List<Path> files = report.write(out);
    context.out().print(report.table());
    for (Path file : files) {
      context.out().println("wrote " + file);
    }
    context.out().flush();
    return ExitCodes.OK;
  }

  /** Each NAME[:K=V...] made with the protocol's settings under its own options. */
  private Map<String, TrainableEstimator> estimators(StaircaseProtocol protocol) {
    Components components = context.components().get();
    Map<String, TrainableEstimator> chosen = new LinkedHashMap<>();
    for (String label :
        LabelledOptions.labels(estimators, "--estimators", "smile:tau=1,mine:hidden=64,64")) {
      if (chosen.containsKey(label)) {
        throw MineException.invalidOptions("--estimators names '" + label + "' twice");
      }
      String name = LabelledOptions.name(label);
      Map<String, String> options = new LinkedHashMap<>(protocol.estimatorOptions());
      options.putAll(LabelledOptions.options(label, "--estimators", "smile:tau=1"));
      EstimatorFactory factory = components.estimators().get(name);
      if (!(factory instanceof TrainableEstimatorFactory trainable)) {
        throw MineException.invalidOptions(
            "the staircase trains critics step by step; '"
                + name
                + "' is not a neural estimator (see 'mine4j list')");
      }
      chosen.put(label, trainable.create(options, components));
    }
    return chosen;
  }
}
