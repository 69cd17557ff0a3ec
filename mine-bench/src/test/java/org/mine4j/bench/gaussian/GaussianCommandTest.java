package org.mine4j.bench.gaussian;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mine4j.bench.Main;
import org.mine4j.bench.plugins.Components;

/**
 * {@code mine4j bench gaussian} end to end, with fast fake estimators and the real
 * correlated-gaussian dataset.
 */
class GaussianCommandTest {
  @TempDir Path dir;

  private record Result(int exitCode, String out, String err) {}

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new Main(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(),
                Components::discover,
                false)
            .run(args);
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void writesTheTableTheCsvAndTheJson() throws IOException {
    Result result =
        run(
            "bench",
            "gaussian",
            "--estimators",
            "fake-correlation,fake-diverging",
            "--seed",
            "5",
            "--out",
            dir.toString(),
            "--parallel",
            "2",
            "--steps",
            "3");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .contains("fake-correlation")
        .contains("diverged (step 7)")
        .contains("MAE");
    Path csv = dir.resolve("gaussian/results.csv");
    Path json = dir.resolve("gaussian/results.json");
    assertThat(result.out()).contains("wrote " + csv).contains("wrote " + json);
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows).hasSize(31);
    assertThat(rows.get(0))
        .startsWith("rho,true_mi,estimator,seed,data_seed,held_out_seed,status,mi_nats");
    assertThat(rows)
        .anyMatch(row -> row.contains(",fake-diverging,") && row.contains(",diverged,"));
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.get("master_seed").asLong()).isEqualTo(5);
    assertThat(root.get("runs")).hasSize(30);
    assertThat(root.get("estimator_options").get("steps").asText()).isEqualTo("3");
    assertThat(root.get("summary").get("fake-correlation").get("mean_absolute_error").asDouble())
        .isLessThan(0.05);
    assertThat(root.get("summary").get("fake-diverging").get("diverged").asInt()).isEqualTo(15);
    try (Stream<Path> files = Files.list(dir.resolve("gaussian"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("results.csv", "results.json");
    }
  }

  @Test
  void nonNeuralEstimatorsRunWithTheirDefaultsBesideTheTrainingSettings() throws IOException {
    // ksg and gaussian reject steps, batch-size, learning-rate and hidden: they get none of them.
    Result result =
        run(
            "bench",
            "gaussian",
            "--estimators",
            "ksg,gaussian",
            "--points",
            "3",
            "--steps",
            "5",
            "--parallel",
            "2",
            "--out",
            dir.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).containsPattern("rho +true MI +ksg +gaussian");
    assertThat(result.out().lines().filter(line -> line.matches(" *-?0\\.\\d{3} .*"))).hasSize(3);
    List<String> rows = Files.readAllLines(dir.resolve("gaussian/results.csv"));
    assertThat(rows).hasSize(1 + 3 * 2);
    assertThat(rows.stream().filter(row -> row.contains(",ksg,") && row.contains(",ok,")))
        .hasSize(3);
    assertThat(rows.stream().filter(row -> row.contains(",gaussian,") && row.contains(",ok,")))
        .hasSize(3);
    JsonNode summary =
        new ObjectMapper().readTree(dir.resolve("gaussian/results.json").toFile()).get("summary");
    // rho in {-0.99, 0, 0.99} on N = 3000 training rows: the sd of either estimate is at most
    // about rho / sqrt(N) = 0.018 nats (the delta-method se of the Gaussian plug-in, and KSG's
    // reported interval is of the same size); a mean absolute error under 0.1 is over 5 sd.
    assertThat(summary.get("ksg").get("mean_absolute_error").asDouble()).isLessThan(0.1);
    assertThat(summary.get("gaussian").get("mean_absolute_error").asDouble()).isLessThan(0.1);
  }

  @Test
  void aFailedRunLeavesNoOutputFile() {
    Result result =
        run(
            "bench",
            "gaussian",
            "--estimators",
            "fake-constant,fake-broken",
            "--out",
            dir.toString(),
            "--points",
            "3");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .contains("internal failure: java.lang.IllegalStateException: fake bug");
    assertThat(dir.resolve("gaussian")).doesNotExist();
  }

  @Test
  void anUnknownEstimatorFailsBeforeAnyTraining() {
    Result result =
        run(
            "bench",
            "gaussian",
            "--estimators",
            "fake-constant,fake-konstant",
            "--out",
            dir.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("unknown estimator 'fake-konstant'; did you mean 'fake-constant'?");
    assertThat(dir.resolve("gaussian")).doesNotExist();
  }

  @Test
  void benchWithoutAProtocolIsAUsageError() {
    Result result = run("bench");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("a protocol is required");
  }

  @Test
  void anUnwritableOutputDirectoryFailsBeforeTraining() throws IOException {
    Path file = Files.writeString(dir.resolve("plain"), "x");

    Result result =
        run("bench", "gaussian", "--estimators", "fake-broken", "--out", file.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("cannot write results under " + file);
  }
}
