package org.mine4j.bench.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mine4j.bench.Main;
import org.mine4j.bench.cli.ProgressStyle;

/**
 * Plugin directories end to end through the CLI, with plugin jars compiled at test time: the
 * plugin's estimator is listed and runs, {@code MINE4J_PLUGINS} works like {@code --plugins}, a
 * plugin reusing a built-in name fails loudly naming its jar, and bad directories are usage errors
 * naming the directory.
 */
class PluginDirectoriesTest {
  @TempDir Path dir;

  private record Result(int exitCode, String out, String err) {}

  private static Result run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new Main(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                env,
                Main::discover,
                ProgressStyle.NONE)
            .run(args);
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path samples() throws IOException {
    StringBuilder csv = new StringBuilder("X0,Y0\n");
    for (int i = 0; i < 50; i++) {
      csv.append(i).append(',').append(i % 7).append('\n');
    }
    return Files.writeString(dir.resolve("samples.csv"), csv.toString());
  }

  @Test
  void aPluginJarsEstimatorIsListedAndRuns() throws IOException {
    Path plugins = Files.createDirectories(dir.resolve("plugins"));
    Path jar = PluginJars.constantEstimator(plugins, "org.acme", "acme", "acme-constant");

    Result list = run(Map.of(), "list", "--plugins", plugins.toString());
    Result estimate =
        run(
            Map.of(),
            "--plugins",
            plugins.toString(),
            "estimate",
            "--data",
            samples().toString(),
            "--dim-x",
            "1",
            "--dim-y",
            "1",
            "--estimator",
            "acme-constant");

    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(list.out())
        .containsPattern("acme-constant +a constant from a plugin jar")
        .contains("Plugin jars (--plugins, MINE4J_PLUGINS):\n  " + jar)
        .containsPattern("\\n  mine +MINE");
    assertThat(estimate.exitCode()).as(estimate.err()).isZero();
    assertThat(estimate.out()).startsWith("I(X;Y) = 0.2500 nats");
  }

  @Test
  void theEnvironmentVariableAddsDirectoriesToo() throws IOException {
    Path first = Files.createDirectories(dir.resolve("a"));
    Path second = Files.createDirectories(dir.resolve("b"));
    PluginJars.constantEstimator(first, "org.one", "one", "one-constant");
    PluginJars.constantEstimator(second, "org.two", "two", "two-constant");

    Result list =
        run(Map.of(PluginDirectories.ENVIRONMENT, first + ":" + second), "list", "--names");

    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(list.out()).contains("  one-constant").contains("  two-constant");
  }

  @Test
  void aPluginThatReusesABuiltInNameFailsLoudlyNamingItsJar() throws IOException {
    Path plugins = Files.createDirectories(dir.resolve("plugins"));
    Path jar = PluginJars.constantEstimator(plugins, "org.copycat", "copycat", "mine");

    Result list = run(Map.of(), "list", "--plugins", plugins.toString());

    assertThat(list.exitCode()).isEqualTo(1);
    assertThat(list.out()).isEmpty();
    assertThat(list.err())
        .contains(
            "estimator 'mine' is registered twice: by plugin 'mine-estimators' and by plugin"
                + " 'copycat' ("
                + jar
                + "); a plugin may not reuse a name that is already registered: rename its"
                + " estimator");
  }

  @Test
  void aSparkSweepWithPluginsIsRefusedBeforeAnyRun() throws IOException {
    Path plugins = Files.createDirectories(dir.resolve("plugins"));
    PluginJars.constantEstimator(plugins, "org.acme", "acme", "acme-constant");

    Result result =
        run(
            Map.of(PluginDirectories.ENVIRONMENT, plugins.toString()),
            "bench",
            "run",
            "--engine",
            "spark",
            "--estimators",
            "acme-constant",
            "--tasks",
            "1v1-normal-0.75",
            "--out",
            dir.resolve("sweep").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("plugins (--plugins, MINE4J_PLUGINS) run on the threads engine");
    assertThat(dir.resolve("sweep")).doesNotExist();
  }

  @Test
  void badDirectoriesAreUsageErrorsNamingThem() throws IOException {
    Path missing = dir.resolve("missing");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path library = Files.createDirectories(dir.resolve("library"));
    PluginJars.withoutPlugin(library);

    for (List<String> expected :
        List.of(
            List.of(missing.toString(), "plugin directory " + missing + " does not exist"),
            List.of(empty.toString(), "plugin directory " + empty + " holds no .jar file"),
            List.of(
                library.toString(),
                "no jar in plugin directory " + library + " declares a mine4j plugin"))) {
      Result result = run(Map.of(), "list", "--plugins", expected.get(0));

      assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
      assertThat(result.err()).contains(expected.get(1));
    }
  }
}
