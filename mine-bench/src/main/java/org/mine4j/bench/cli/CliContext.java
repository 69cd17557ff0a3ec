package org.mine4j.bench.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Supplier;
import org.mine4j.bench.plugins.Components;

/**
 * What every command needs from its surroundings, injected so that tests run the CLI in-process:
 * the two output streams, the environment, the components (discovered lazily, on first use) and how
 * to show progress on stderr.
 *
 * @param out standard output: results only
 * @param err standard error: errors, warnings and progress
 * @param env environment variables (e.g. {@code MINE4J_DEBUG})
 * @param components the registered factories, looked up on first use
 * @param progress a bar (stderr is a terminal), plain lines (a log) or nothing
 * @param plugins the plugin directories of this command line (the components are discovered with
 *     them)
 */
public record CliContext(
    PrintWriter out,
    PrintWriter err,
    Map<String, String> env,
    Supplier<Components> components,
    ProgressStyle progress,
    PluginChoice plugins) {
  public CliContext {
    requireNonNull(out, "out is null");
    requireNonNull(err, "err is null");
    env = Map.copyOf(requireNonNull(env, "env is null"));
    components = memoize(requireNonNull(components, "components is null"));
    requireNonNull(progress, "progress is null");
    requireNonNull(plugins, "plugins is null");
  }

  /** Whether stderr is a terminal, where progress is a bar redrawn in place. */
  public boolean interactive() {
    return progress == ProgressStyle.BAR;
  }

  private static Supplier<Components> memoize(Supplier<Components> supplier) {
    return new Supplier<>() {
      private Components value;

      @Override
      public synchronized Components get() {
        if (value == null) {
          value = requireNonNull(supplier.get(), "components supplier returned null");
        }
        return value;
      }
    };
  }
}
