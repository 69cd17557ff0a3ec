package org.mine4j.bench;

import static java.util.Objects.requireNonNull;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Supplier;
import org.mine4j.bench.cli.Cli;
import org.mine4j.bench.cli.CliContext;
import org.mine4j.bench.cli.ExitCodes;
import org.mine4j.bench.plugins.Components;

/**
 * The {@code mine4j} entry point. {@link #main} quiets logging for {@code bmi} (whose whole output
 * must be one number) before anything can log, then runs the CLI and exits with its code; {@link
 * #run} is the same without {@code System.exit}, on injected streams, for tests.
 */
public final class Main {
  /** The system property logback.xml reads for the root level (default WARN). */
  public static final String LOG_LEVEL_PROPERTY = "mine4j.log.level";

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final Supplier<Components> components;
  private final boolean interactive;

  /**
   * A CLI on the given streams.
   *
   * @param out standard output
   * @param err standard error
   * @param env environment variables
   * @param components the registered factories (called once, on first use)
   * @param interactive whether to print progress lines to {@code err}
   */
  public Main(
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      Supplier<Components> components,
      boolean interactive) {
    this.out = requireNonNull(out, "out is null");
    this.err = requireNonNull(err, "err is null");
    this.env = requireNonNull(env, "env is null");
    this.components = requireNonNull(components, "components is null");
    this.interactive = interactive;
  }

  /**
   * Runs the CLI and exits with its code. Standard output is reserved for results: whatever else
   * prints to {@code System.out} (ND4J's SameDiff does) is sent to stderr, and for {@code bmi} both
   * streams are silenced except for the CLI's own number and error message.
   */
  public static void main(String[] args) {
    boolean bmi = args.length > 0 && "bmi".equals(args[0]);
    quietLoggingFor(args);
    PrintStream out = System.out;
    PrintStream err = System.err;
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true);
    System.setOut(bmi ? nowhere : err);
    if (bmi) {
      System.setErr(nowhere);
    }
    Main main = new Main(out, err, System.getenv(), Components::discover, System.console() != null);
    int code = main.run(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the CLI; returns the exit code (0 success, 1 failure, 2 bad input or usage). Running out
   * of memory and a failed write to standard output are failures (1) with a message naming the fix.
   */
  public int run(String... args) {
    PrintWriter outWriter = new PrintWriter(out, true);
    PrintWriter errWriter = new PrintWriter(err, true);
    CliContext context = new CliContext(outWriter, errWriter, env, components, interactive);
    int code;
    try {
      code = Cli.create(context).execute(args);
    } catch (OutOfMemoryError e) {
      errWriter.println(command(args) + ": error: " + OutOfMemory.message());
      code = ExitCodes.FAILURE;
    }
    outWriter.flush();
    if (out.checkError()) {
      // PrintStream swallows write errors (a full disk, a closed pipe): a result that was not
      // written is a failure, not a success.
      errWriter.println(
          command(args)
              + ": error: could not write the results to standard output (a full disk or a"
              + " closed pipe?); write them somewhere else");
      code = ExitCodes.FAILURE;
    }
    errWriter.flush();
    return code;
  }

  private static String command(String[] args) {
    return args.length > 0 && !args[0].startsWith("-") ? "mine4j " + args[0] : "mine4j";
  }

  /**
   * For {@code bmi} the log level is OFF unless set explicitly: logback reads the property when it
   * starts, which is after this (nothing logs before {@link #main} returns here).
   */
  static void quietLoggingFor(String[] args) {
    if (args.length > 0
        && "bmi".equals(args[0])
        && System.getProperty(LOG_LEVEL_PROPERTY) == null) {
      System.setProperty(LOG_LEVEL_PROPERTY, "OFF");
    }
  }
}
