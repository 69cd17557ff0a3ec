package org.mine4j.bench.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mine4j.api.experiment.Experiment;
import org.mine4j.api.experiment.ExperimentContext;
import org.mine4j.api.experiment.ExperimentListener;
import org.mine4j.api.experiment.ExperimentReport;
import org.mine4j.api.spi.ExperimentFactory;
import org.mine4j.bench.plugins.Components;
import org.mine4j.bench.results.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mine4j experiment NAME}: runs a registered {@link Experiment} (from any module's plugin)
 * with options, prints its table (or its metrics) and the files it wrote; without NAME, lists the
 * registered experiments.
 */
@Command(
    name = "experiment",
    mixinStandardHelpOptions = true,
    description = {
      "Run a registered experiment (see 'mine4j list'), e.g. mine-vs-ksg or nonlinear.",
      "Writes its CSV and plots under OUT/NAME/ and prints a table of the results.",
      "Without NAME, lists the registered experiments."
    })
final class ExperimentCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "NAME",
      description = "The experiment's name; leave it out to list them.")
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
    Components components = context.components().get();
    if (name == null) {
      return listExperiments(components);
    }
    ExperimentFactory factory = components.experiment(name);
    Experiment experiment = factory.create(options, components);
    AtomicFiles.checkWritable(out);
    ExperimentReport report =
        experiment.run(
            new ExperimentContext(
                seed,
                out,
                components,
                progress(),
                Runtime.getRuntime().availableProcessors(),
                (relative, bytes) -> {
                  Path target = out.resolve(relative);
                  AtomicFiles.write(target, bytes);
                  return target;
                }));
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

  private int listExperiments(Components components) {
    context.out().println("Experiments (mine4j experiment NAME -o NAME=VALUE):");
    for (ExperimentFactory factory : components.experiments().factories()) {
      context.out().printf(Locale.ROOT, "  %-20s %s%n", factory.name(), factory.description());
    }
    context.out().flush();
    return ExitCodes.OK;
  }

  private ExperimentListener progress() {
    if (!context.interactive()) {
      return ExperimentListener.NONE;
    }
    return (done, total, line) -> {
      synchronized (context.err()) {
        context.err().println(line);
        context.err().flush();
      }
    };
  }
}
