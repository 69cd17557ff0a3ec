package org.mine4j.bench.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.mine4j.api.experiment.Experiment;
import org.mine4j.api.experiment.ExperimentReport;
import org.mine4j.api.spi.ExperimentFactory;
import org.mine4j.bench.experiments.BenchExperimentFactory;
import org.mine4j.bench.results.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mine4j experiment NAME}: runs a registered {@link Experiment} with options, prints its
 * table (or its metrics) and the files it wrote.
 */
@Command(
    name = "experiment",
    mixinStandardHelpOptions = true,
    description = {
      "Run a registered experiment (see 'mine4j list'), e.g. mine-vs-ksg or nonlinear.",
      "Writes its CSV and plots under OUT/NAME/ and prints a table of the results."
    })
final class ExperimentCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(index = "0", paramLabel = "NAME", description = "The experiment's name.")
  String name;

  @Option(
      names = {"-o", "--option"},
      paramLabel = "NAME=VALUE",
      description = "An experiment option, e.g. -o n=2000 -o dims=20 (see 'mine4j list').")
  Map<String, String> options = new LinkedHashMap<>();

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

  ExperimentCommand(CliContext context) {
    this.context = requireNonNull(context, "context is null");
  }

  @Override
  public Integer call() {
    ExperimentFactory factory = context.components().get().experiments().get(name);
    Experiment experiment =
        factory instanceof BenchExperimentFactory bench
            ? bench.create(options, context.components(), progress())
            : factory.create(options);
    AtomicFiles.checkWritable(out);
    ExperimentReport report = experiment.run(seed, out);
    if (report.table().isEmpty()) {
      report.metrics().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(
              metric ->
                  context
                      .out()
                      .printf(Locale.ROOT, "%s = %.6g%n", metric.getKey(), metric.getValue()));
    } else {
      context.out().print(report.table());
    }
    for (Path file : report.files()) {
      context.out().println("wrote " + file);
    }
    context.out().flush();
    return ExitCodes.OK;
  }

  private Consumer<String> progress() {
    if (!context.interactive()) {
      return line -> {};
    }
    return line -> {
      synchronized (context.err()) {
        context.err().println(line);
        context.err().flush();
      }
    };
  }
}
