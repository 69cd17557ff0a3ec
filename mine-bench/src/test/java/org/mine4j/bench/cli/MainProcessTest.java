package org.mine4j.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code org.mine4j.bench.Main} in a child JVM, as the launcher does, to check what reaches
 * the real stdout and stderr when a library prints and logs: for {@code bmi} exactly one number and
 * nothing else (the bmi harness merges both streams), for the other commands results only on
 * stdout.
 */
class MainProcessTest {
  @TempDir Path dir;

  private record Output(int exitCode, String out, String err) {}

  private Output java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.mine4j.bench.Main");
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Output(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Path samples() throws IOException {
    return Files.writeString(dir.resolve("samples.csv"), "X0,Y0\n1,2\n2,3\n3,5\n");
  }

  @Test
  void bmiPrintsOnlyTheNumberEvenWhenTheEstimatorPrintsAndLogs() throws Exception {
    Output output = java("bmi", samples().toString(), "1", "1", "--estimator", "fake-noisy");

    assertThat(output.exitCode()).isZero();
    assertThat(output.out()).isEqualTo("0.5\n");
    assertThat(output.err()).isEmpty();
  }

  @Test
  void bmiFailuresGoToStderrWithExitCodeTwo() throws Exception {
    Output output = java("bmi", dir.resolve("missing.csv").toString(), "1", "1");

    assertThat(output.exitCode()).isEqualTo(2);
    assertThat(output.out()).isEmpty();
    assertThat(output.err()).startsWith("mine4j bmi: error: CSV file not found");
  }

  @Test
  void estimateKeepsStdoutForTheResultAndSendsNoiseToStderr() throws Exception {
    Output output =
        java(
            "estimate",
            "--data",
            samples().toString(),
            "--dim-x",
            "1",
            "--dim-y",
            "1",
            "--estimator",
            "fake-noisy",
            "--json");

    assertThat(output.exitCode()).isZero();
    assertThat(output.out())
        .startsWith("{\"estimator\":\"fake-noisy\",\"mi_nats\":0.5,")
        .endsWith("}\n");
    assertThat(output.err())
        .contains("noise on System.out")
        .contains("noise on System.err")
        .contains("noise in the log");
  }
}
