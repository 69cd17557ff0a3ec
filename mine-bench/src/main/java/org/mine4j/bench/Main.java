package org.mine4j.bench;

import static java.util.Objects.requireNonNull;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mine4j.api.MineException;
import org.mine4j.bench.cli.Cli;
import org.mine4j.bench.cli.CliContext;
import org.mine4j.bench.cli.ExitCodes;
import org.mine4j.bench.cli.PluginChoice;
import org.mine4j.bench.cli.ProgressStyle;
import org.mine4j.bench.plugins.Components;
import org.mine4j.bench.plugins.PluginDirectories;
import org.mine4j.bench.plugins.PluginRegistry;

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
  private final Function<PluginDirectories, Components> discovery;
  private final ProgressStyle progress;

  /**
   * A CLI on the given streams.
   *
   * @param out standard output
   * @param err standard error
   * @param env environment variables
   * @param components the registered factories (called once, on first use); with plugin directories
   *     the plugins are discovered instead, over this class's class path
   * @param interactive whether stderr is a terminal (progress bars); otherwise commands show no
   *     progress where they have the choice
   */
  public Main(
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      Supplier<Components> components,
      boolean interactive) {
    this(
        out,
        err,
        env,
        directories -> directories.isEmpty() ? components.get() : discover(directories),
        interactive ? ProgressStyle.BAR : ProgressStyle.NONE);
  }

  /**
   * A CLI on the given streams, showing progress in the given style.
   *
   * @param out standard output
   * @param err standard error
   * @param env environment variables
   * @param discovery the registered factories for the command line's plugin directories (called
   *     once, on first use)
   * @param progress a bar, plain lines or nothing on {@code err}
   */
  public Main(
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      Function<PluginDirectories, Components> discovery,
      ProgressStyle progress) {
    this.out = requireNonNull(out, "out is null");
    this.err = requireNonNull(err, "err is null");
    this.env = requireNonNull(env, "env is null");
    this.discovery = requireNonNull(discovery, "discovery is null");
    this.progress = requireNonNull(progress, "progress is null");
  }

  /** The plugins of this class's class path and of the plugin directories. */
  public static Components discover(PluginDirectories directories) {
    return Components.create(
        PluginRegistry.discover(Components.class.getClassLoader(), directories));
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
    ProgressStyle progress;
    try {
      progress = progressStyle();
    } catch (MineException e) {
      err.println("mine4j: error: " + e.getMessage());
      System.exit(2);
      return;
    }
    Main main = new Main(out, err, System.getenv(), Main::discover, progress);
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
    PluginChoice plugins = new PluginChoice(env.get(PluginDirectories.ENVIRONMENT));
    CliContext context =
        new CliContext(
            outWriter,
            errWriter,
            env,
            () -> discovery.apply(plugins.directories()),
            progress,
            plugins);
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
   * A bar when stderr is a terminal, plain lines otherwise: the launcher says which (it can test
   * stderr itself), else a console means a terminal.
   */
  static ProgressStyle progressStyle() {
    String chosen = System.getProperty(ProgressStyle.PROPERTY);
    if (chosen != null && !chosen.isBlank()) {
      return ProgressStyle.parse(chosen);
    }
    return System.console() != null ? ProgressStyle.BAR : ProgressStyle.LINES;
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
