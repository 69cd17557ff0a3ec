package org.mine4j.bench.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command-line usage error in a few lines on stderr (the problem, picocli's "did you
 * mean" suggestions and a pointer to {@code --help}) instead of the whole usage text, and exits
 * {@link ExitCodes#USAGE}; with {@code --json} among the arguments, also as JSON on stdout.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException exception, String[] args) {
    CommandLine commandLine = exception.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(commandLine.getColorScheme().errorText(exception.getMessage()));
    UnmatchedArgumentException.printSuggestions(exception, err);
    err.println(
        "Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    if (java.util.Arrays.asList(args).contains("--json")) {
      JsonErrors.print(commandLine.getOut(), "USAGE", exception.getMessage(), ExitCodes.USAGE);
    }
    return ExitCodes.USAGE;
  }
}
