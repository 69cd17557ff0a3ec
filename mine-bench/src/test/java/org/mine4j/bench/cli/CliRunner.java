package org.mine4j.bench.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.mine4j.bench.Main;
import org.mine4j.bench.plugins.Components;

/** Runs the CLI in-process on captured streams, with the plugins of the test class path. */
final class CliRunner {
  private static Components components;

  private CliRunner() {}

  /** The exit code and what was printed. */
  record Result(int exitCode, String out, String err) {}

  static Result run(String... args) {
    return run(Map.of(), args);
  }

  static Result run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = new Main(outStream, errStream, env, CliRunner::components, false).run(args);
    }
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static synchronized Components components() {
    if (components == null) {
      components = Components.discover();
    }
    return components;
  }
}
