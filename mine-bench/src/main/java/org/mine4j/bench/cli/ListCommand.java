package org.mine4j.bench.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.ComponentFactory;
import org.mine4j.bench.plugins.ComponentRegistry;
import org.mine4j.bench.plugins.Components;
import org.mine4j.datasets.bmi.BmiTask;
import org.mine4j.datasets.bmi.BmiTasks;
import org.mine4j.datasets.truth.KnownDensityRatio;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mine4j list}: every registered estimator, dataset, experiment and network, with its
 * options and defaults, and the tasks of the bmi benchmark (Czyż et al. 2023) with their dimensions
 * and true mutual information.
 */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description =
        "List the estimators, datasets, experiments and networks, with their options and defaults.")
final class ListCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(
      names = "--names",
      description = "Print only the names, without descriptions and options.")
  boolean namesOnly;

  ListCommand(CliContext context) {
    this.context = requireNonNull(context, "context is null");
  }

  @Override
  public Integer call() {
    Components components = context.components().get();
    PrintWriter out = context.out();
    section(
        out, "Estimators (--estimator NAME, options with -o NAME=VALUE)", components.estimators());
    section(out, "Datasets", components.datasets());
    bmiTasks(out);
    section(out, "Experiments (mine4j experiment NAME -o NAME=VALUE)", components.experiments());
    section(out, "Networks (critics; estimator option critic=NAME)", components.networks());
    pluginJars(out);
    out.flush();
    return ExitCodes.OK;
  }

  private void section(PrintWriter out, String title, ComponentRegistry<?> registry) {
    out.println(title + ":");
    if (registry.names().isEmpty()) {
      out.println("  (none)");
    }
    int width = registry.names().stream().mapToInt(String::length).max().orElse(0);
    SharedOptions shared = SharedOptions.of(registry.factories());
    if (!namesOnly) {
      for (SharedOptions.Group group : shared.groups()) {
        out.println("  Options shared by " + String.join(", ", group.factories()) + ":");
        options(out, group.options(), width + 4);
      }
    }
    for (ComponentFactory<?> factory : registry.factories()) {
      out.printf("  %-" + width + "s  %s%n", factory.name(), factory.description());
      if (!namesOnly) {
        options(out, shared.ownOptions(factory), width + 4);
        int common = shared.sharedCount(factory);
        if (common > 0) {
          out.printf("%" + (width + 4) + "s(and the %d shared options above)%n", "", common);
        }
      }
    }
    out.println();
  }

  private void pluginJars(PrintWriter out) {
    if (context.plugins().directories().isEmpty()) {
      return;
    }
    out.println("Plugin jars (--plugins, MINE4J_PLUGINS):");
    for (java.nio.file.Path jar : context.plugins().directories().jars()) {
      out.println("  " + jar);
    }
    out.println();
  }

  private void bmiTasks(PrintWriter out) {
    out.println("bmi tasks (--dataset bmi -o task=NAME; Czyz et al. 2023, Beyond normal):");
    int width = BmiTasks.names().stream().mapToInt(String::length).max().orElse(0);
    for (BmiTask task : BmiTasks.all()) {
      if (namesOnly) {
        out.println("  " + task.name());
        continue;
      }
      KnownDensityRatio distribution = task.create();
      out.printf(
          Locale.ROOT,
          "  %-" + width + "s  %-7s  %.4f nats%n",
          task.name(),
          distribution.dimX() + "x" + distribution.dimY(),
          distribution.trueMutualInformation().orElse(Double.NaN));
    }
    out.println();
  }

  private static void options(PrintWriter out, List<OptionSpec> options, int indent) {
    int nameWidth = options.stream().mapToInt(o -> o.name().length()).max().orElse(0);
    int valueWidth =
        options.stream().mapToInt(o -> display(o.defaultValue()).length()).max().orElse(0);
    for (OptionSpec option : options) {
      out.printf(
          "%" + indent + "s%-" + nameWidth + "s = %-" + valueWidth + "s  %s%n",
          "",
          option.name(),
          display(option.defaultValue()),
          option.description());
    }
  }

  private static String display(String defaultValue) {
    return defaultValue.isEmpty() ? "(none)" : defaultValue;
  }
}
