package org.mine4j.bench.gaussian;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mine4j.bench.Main;
import org.mine4j.bench.cli.ProgressStyle;
import org.mine4j.bench.plugins.Components;
import org.mine4j.bench.results.Json;

/** {@code bench gaussian}'s quick and full settings, labelled estimators and plain progress. */
class GaussianSettingsCommandTest {
  @TempDir Path dir;

  private record Result(int exitCode, String out, String err) {}

  private static Result run(ProgressStyle progress, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Components components = Components.discover();
    int code =
        new Main(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(),
                plugins -> components,
                progress)
            .run(args);
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void quickByDefaultFullWithTheFlag() throws IOException {
    Result quick =
        run(
            ProgressStyle.NONE,
            "bench",
            "gaussian",
            "--estimators",
            "fake-constant",
            "--points",
            "2",
            "--out",
            dir.resolve("q").toString());
    Result full =
        run(
            ProgressStyle.NONE,
            "bench",
            "gaussian",
            "--estimators",
            "fake-constant",
            "--points",
            "2",
            "--full",
            "--out",
            dir.resolve("f").toString());

    assertThat(quick.exitCode()).as(quick.err()).isZero();
    assertThat(full.exitCode()).as(full.err()).isZero();
    JsonNode q = Json.MAPPER.readTree(dir.resolve("q/gaussian/results.json").toFile());
    JsonNode f = Json.MAPPER.readTree(dir.resolve("f/gaussian/results.json").toFile());
    assertThat(q.get("settings").asText()).isEqualTo("quick");
    assertThat(q.get("estimator_options").get("steps").asText()).isEqualTo("1000");
    assertThat(q.get("estimator_options").get("learning-rate").asText()).isEqualTo("1e-3");
    assertThat(f.get("settings").asText()).isEqualTo("full");
    assertThat(f.get("estimator_options").get("batch-size").asText()).isEqualTo("500");
    assertThat(f.get("estimator_options").has("steps")).isFalse();
    assertThat(quick.out())
        .contains("wrote " + dir.resolve("q/gaussian.png"))
        .contains("wrote " + dir.resolve("q/gaussian.html"));
  }

  @Test
  void estimatorsTakeOptionsAfterColonsAndALogGetsPlainLines() {
    Result result =
        run(
            ProgressStyle.LINES,
            "bench",
            "gaussian",
            "--estimators",
            "fake-constant:value=0.3,fake-constant",
            "--points",
            "2",
            "--out",
            dir.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).containsPattern("fake-constant:value=0.3 +fake-constant");
    assertThat(result.out()).contains("0.3000").contains("0.5000");
    assertThat(result.err())
        .startsWith(
            "bench gaussian: 2 correlations x 2 estimators (fake-constant:value=0.3,"
                + " fake-constant) = 4 runs on")
        .containsPattern("\\[4/4\\] fake-constant.* rho=.*: 0\\.[35]000 nats in")
        .contains("bench gaussian: done in")
        .contains("open " + dir.resolve("gaussian.html"))
        .doesNotContain("\r");
  }
}
