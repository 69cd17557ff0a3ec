package org.mine4j.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mine4j.api.spi.MinePlugin;
import org.mine4j.bench.Main;
import org.mine4j.bench.plugins.Components;
import org.mine4j.bench.plugins.PluginRegistry;
import org.mine4j.bench.results.Json;
import org.mine4j.bench.sweep.RunLog;
import org.mine4j.bench.sweep.SweepFolder;

/**
 * The CLI under hostile input: out of memory, a failed write to stdout, sweep inputs that only fail
 * at run time, output folders that hold the user's files, pipes without a writer, stdin.
 */
class HostileInputCliTest {
  @TempDir Path dir;

  private record Result(int exitCode, String out, String err) {}

  private static Result run(OutputStream stdout, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Components components = components(new OutOfMemoryPlugin());
    int code;
    try (PrintStream outStream = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = new Main(outStream, errStream, Map.of(), () -> components, false).run(args);
    }
    return new Result(
        code,
        stdout instanceof ByteArrayOutputStream bytes ? bytes.toString(StandardCharsets.UTF_8) : "",
        err.toString(StandardCharsets.UTF_8));
  }

  /** The plugins of the test class path (ours and the fakes), and {@code more}. */
  private static Components components(MinePlugin... more) {
    List<MinePlugin> plugins = new ArrayList<>();
    ServiceLoader.load(MinePlugin.class).forEach(plugins::add);
    plugins.addAll(List.of(more));
    return Components.create(PluginRegistry.of(plugins));
  }

  private static Result run(String... args) {
    return run(new ByteArrayOutputStream(), args);
  }

  private Path samples() throws IOException {
    StringBuilder csv = new StringBuilder("X0,Y0\n");
    for (int i = 0; i < 200; i++) {
      csv.append(i * 0.01).append(',').append(Math.sin(i)).append('\n');
    }
    return Files.writeString(dir.resolve("samples.csv"), csv);
  }

  @Test
  void runningOutOfMemoryIsExitOneNamingTheFix() throws IOException {
    Result result =
        run("estimate", "--data", samples().toString(), "--estimator", OutOfMemoryPlugin.NAME);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .startsWith("mine4j estimate: error: ran out of memory")
        .contains("MINE4J_JAVA_OPTS=-Xmx")
        .contains("fewer rows")
        .doesNotContain("\tat ");
  }

  @Test
  void aRunOutOfMemoryInASweepIsAFailedRunAndTheSweepGoesOn() throws IOException {
    Path out = dir.resolve("sweep");
    Result result =
        run(
            "bench",
            "run",
            "--estimators",
            OutOfMemoryPlugin.NAME + ",fake-constant",
            "--tasks",
            "correlated-gaussian:rho=0.5",
            "--n",
            "100",
            "--seeds",
            "2",
            "--parallel",
            "1",
            "--out",
            out.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
    List<JsonNode> runs = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve(RunLog.FILE))) {
      runs.add(Json.MAPPER.readTree(line));
    }
    assertThat(runs).hasSize(4);
    for (JsonNode run : runs) {
      boolean oom = run.get("estimator").asText().equals(OutOfMemoryPlugin.NAME);
      assertThat(run.get("status").asText()).isEqualTo(oom ? "failed" : "ok");
      if (oom) {
        assertThat(run.get("error_code").asText()).isEqualTo("OUT_OF_MEMORY");
        assertThat(run.get("error").asText()).contains("MINE4J_JAVA_OPTS");
      }
    }
  }

  @Test
  void aFailedWriteToStdoutIsExitOne() throws IOException {
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    Result result = run(full, "bmi", samples().toString(), "1", "1", "--estimator", "gaussian");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("could not write the results to standard output");
  }

  @Test
  void standardInputIsReadForADash() throws IOException {
    InputStream original = System.in;
    try {
      System.setIn(new ByteArrayInputStream(Files.readAllBytes(samples())));
      Result result = run("estimate", "--data", "-", "--estimator", "gaussian", "--json");
      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(Json.MAPPER.readTree(result.out()).get("n").asInt()).isEqualTo(200);
      assertThat(Json.MAPPER.readTree(result.out()).get("provenance").get("data.file").asText())
          .isEqualTo("standard input");
    } finally {
      System.setIn(original);
    }
  }

  @Test
  void aPipeWithoutAWriterSaysWhatItIsWaitingFor() throws Exception {
    Path fifo = dir.resolve("pipe.csv");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(mkfifo.exitValue()).isZero();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int[] code = {-1};
    Components components = components();
    Thread reader =
        new Thread(
            () -> {
              try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                  PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                code[0] =
                    new Main(o, e, Map.of(), () -> components, false)
                        .run("estimate", "--data", fifo.toString(), "--estimator", "gaussian");
              }
            });
    reader.start();
    // The notice comes NOTICE_AFTER_MILLIS after the read started; allow for a slow machine.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!err.toString(StandardCharsets.UTF_8).contains("waiting for data")
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(reader.isAlive()).as(err.toString(StandardCharsets.UTF_8)).isTrue();
    Files.write(fifo, Files.readAllBytes(samples()));
    reader.join(60_000);

    assertThat(code[0]).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("waiting for data from " + fifo)
        .contains("Ctrl-C");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("rows: 200");
  }

  private Result sweepInto(Path out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "bench",
                "run",
                "--estimators",
                "fake-constant",
                "--tasks",
                "correlated-gaussian:rho=0.5",
                "--n",
                "100",
                "--seeds",
                "1",
                "--out",
                out.toString()));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void badSweepInputsAreRefusedBeforeAnythingIsWritten() {
    Path out = dir.resolve("never");
    String[][] cases = {
      {"--tasks", "bmi:task=1v1-normal-0.7", "did you mean '1v1-normal-0.75'"},
      {"--tasks", "correlated-gaussian:rho=2", "rho must be in (-1, 1), found 2.0"},
      {"--tasks", "mnist", "task 'mnist'"},
      {"--n", "3", "--n 3 is too small for task"},
    };
    for (String[] c : cases) {
      Result result =
          run(
              "bench",
              "run",
              "--estimators",
              "fake-constant",
              "--tasks",
              c[0].equals("--tasks") ? c[1] : "correlated-gaussian:rho=0.5",
              "--n",
              c[0].equals("--n") ? c[1] : "100",
              "--seeds",
              "1",
              "--out",
              out.toString());
      assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
      assertThat(result.err()).contains(c[2]);
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void aNonEmptyFolderThatHoldsNoSweepIsRefused() throws IOException {
    Path out = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(out.resolve("summary.csv"), "my,own\n");
    Files.writeString(out.resolve("notes.txt"), "keep me\n");

    Result refused = sweepInto(out);
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err())
        .contains("is not empty and holds no mine4j sweep")
        .contains("--force");

    Result clash = sweepInto(out, "--force");
    assertThat(clash.exitCode()).isEqualTo(2);
    assertThat(clash.err()).contains("holds summary.csv, which a mine4j sweep did not write");
    assertThat(Files.readString(out.resolve("summary.csv"))).isEqualTo("my,own\n");
    assertThat(out.resolve(RunLog.FILE)).doesNotExist();

    Files.delete(out.resolve("summary.csv"));
    Result forced = sweepInto(out, "--force");
    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("keep me\n");
    assertThat(out.resolve(SweepFolder.MARKER)).exists();
    // Now the folder is a sweep of ours: resuming it needs no --force.
    assertThat(sweepInto(out, "--resume").exitCode()).isZero();
  }
}
