package org.mine4j.bench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code mine4j} command; without a subcommand it prints its usage and exits 2. */
@Command(
    name = "mine4j",
    mixinStandardHelpOptions = true,
    versionProvider = MineCommand.Version.class,
    description = "Mutual information neural estimation (MINE and its successors) on ND4J.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success",
      "  1  internal failure or diverged training (non-finite loss)",
      "  2  bad input or usage (the message names the file, row, column or option)",
      "%nEnvironment: MINE4J_DEBUG=1 prints stack traces; MINE4J_LOG_LEVEL sets the log level"
          + " (default WARN); MINE4J_PLUGINS=DIR[:DIR...] adds plugin directories, as --plugins"
          + " does."
    })
final class MineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of a failure (also: MINE4J_DEBUG=1).")
  boolean debug;

  @Option(
      names = "--plugins",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description =
          "A directory of plugin jars (repeatable; also MINE4J_PLUGINS=DIR[:DIR...]): their"
              + " estimators, datasets, experiments and networks join the built-in ones.")
  List<Path> plugins;

  @Override
  public Integer call() {
    CommandLine commandLine = spec.commandLine();
    commandLine.getErr().println("mine4j: a command is required");
    commandLine.usage(commandLine.getErr());
    return ExitCodes.USAGE;
  }

  /** The version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = MineCommand.class.getPackage().getImplementationVersion();
      return new String[] {"mine4j " + (version == null ? "(development build)" : version)};
    }
  }
}
