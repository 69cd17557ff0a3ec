package org.mine4j.bench.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Builds the {@code mine4j} command line: the subcommands wired to one {@link CliContext}, the
 * error handler that maps failures to exit codes, and output/error writers from the context.
 */
public final class Cli {
  private Cli() {}

  /** The command line for a context; {@code execute(args)} returns the exit code. */
  public static CommandLine create(CliContext context) {
    requireNonNull(context, "context is null");
    CommandLine bench = new CommandLine(new BenchCommand());
    bench.addSubcommand("gaussian", new GaussianCommand(context));
    bench.addSubcommand("staircase", new StaircaseCommand(context));
    bench.addSubcommand("consistency", new ConsistencyCommand(context));
    bench.addSubcommand("run", new RunCommand(context));
    CommandLine root = new CommandLine(new MineCommand());
    root.addSubcommand("list", new ListCommand(context));
    root.addSubcommand("estimate", new EstimateCommand(context));
    root.addSubcommand("bmi", new BmiCommand(context));
    root.addSubcommand("bench", bench);
    root.addSubcommand("perf", new PerfCommand(context));
    root.addSubcommand("sample", new SampleCommand(context));
    root.addSubcommand("experiment", new ExperimentCommand(context));
    root.setOut(context.out());
    root.setErr(context.err());
    root.setExecutionExceptionHandler(new ErrorHandler(context));
    root.setParameterExceptionHandler(new UsageErrorHandler());
    root.setExecutionStrategy(
        parseResult -> {
          context.plugins().add(pluginDirectories(parseResult));
          return new CommandLine.RunLast().execute(parseResult);
        });
    root.setCaseInsensitiveEnumValuesAllowed(true);
    return root;
  }

  /** The {@code --plugins} values, wherever they were given on the line. */
  private static List<Path> pluginDirectories(CommandLine.ParseResult parseResult) {
    List<Path> directories = new ArrayList<>();
    for (CommandLine.ParseResult level = parseResult; level != null; level = level.subcommand()) {
      List<Path> given = level.matchedOptionValue("--plugins", List.<Path>of());
      directories.addAll(given);
    }
    return directories;
  }
}
