package org.mine4j.bench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code mine4j bench}: groups the benchmark protocols; without one it prints its usage and exits
 * 2.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Run a benchmark protocol (SPEC section 5) and write its results.")
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine commandLine = spec.commandLine();
    commandLine
        .getErr()
        .println(
            "mine4j bench: a protocol is required, e.g. 'mine4j bench gaussian', 'mine4j bench staircase',"
                + " 'mine4j bench consistency' or 'mine4j bench run'");
    commandLine.usage(commandLine.getErr());
    return ExitCodes.USAGE;
  }
}
