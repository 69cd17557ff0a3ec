package org.mine4j.bench.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into an exit code and one line on stderr: {@link ExitCodes#USAGE} (2) for
 * what the user can fix (bad data, options, names, paths), {@link ExitCodes#FAILURE} (1) for
 * divergence and internal failures. The stack trace is printed only with {@code --debug} or {@code
 * MINE4J_DEBUG=1}; with {@code --json} the error is also one JSON object on stdout ({@link
 * JsonErrors}).
 */
final class ErrorHandler implements IExecutionExceptionHandler {
  private final CliContext context;

  ErrorHandler(CliContext context) {
    this.context = requireNonNull(context, "context is null");
  }

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = context.err();
    String command = commandLine.getCommandSpec().qualifiedName();
    int code;
    if (exception instanceof MineException mine) {
      code = exitCode(mine.code());
      err.println(command + ": error: " + mine.getMessage());
      if (matched(parseResult, "--json")) {
        JsonErrors.print(context.out(), mine.code().name(), mine.getMessage(), code);
      }
    } else {
      code = ExitCodes.FAILURE;
      String message =
          "internal failure: "
              + exception
              + "; rerun with --debug (or MINE4J_DEBUG=1) for the stack trace and report it";
      err.println(command + ": " + message);
      if (matched(parseResult, "--json")) {
        JsonErrors.print(context.out(), "INTERNAL", message, code);
      }
    }
    if (debug(parseResult)) {
      exception.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** The exit code for an error code. */
  static int exitCode(ErrorCode code) {
    return switch (code) {
      case INVALID_DATA, INVALID_OPTIONS, UNKNOWN_COMPONENT, IO_FAILURE -> ExitCodes.USAGE;
      case NON_FINITE_LOSS, DUPLICATE_COMPONENT, INTERNAL -> ExitCodes.FAILURE;
    };
  }

  private boolean debug(ParseResult parseResult) {
    return "1".equals(context.env().get("MINE4J_DEBUG")) || matched(parseResult, "--debug");
  }

  private static boolean matched(ParseResult parseResult, String option) {
    for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
      if (result.hasMatchedOption(option)) {
        return true;
      }
    }
    return false;
  }
}
