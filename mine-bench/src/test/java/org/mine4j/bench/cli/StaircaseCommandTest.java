package org.mine4j.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mine4j bench staircase}: the table, the four files, divergence reported per estimator,
 * determinism, and clear errors for bad settings. Short staircases with the separable critic keep
 * it fast; the protocol itself is the same.
 */
class StaircaseCommandTest {
  @TempDir Path dir;

  private CliRunner.Result staircase(Path out, String estimators, String stepsPerLevel) {
    return CliRunner.run(
        "bench",
        "staircase",
        "--critic",
        "separable",
        "--steps-per-level",
        stepsPerLevel,
        "--estimators",
        estimators,
        "--seed",
        "3",
        "--parallel",
        "2",
        "--out",
        out.toString());
  }

  @Test
  void writesTheTableTheFilesAndReportsADivergence() throws IOException {
    CliRunner.Result result = staircase(dir, "infonce,nwj:learning-rate=1", "30");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).as("quiet when not on a terminal").isEmpty();
    assertThat(result.out())
        .contains("staircase separable: d=20, K=64, 30 steps per level")
        .contains("bias@2")
        .contains("MSE@10")
        .containsPattern("infonce +[-+]\\d")
        .contains("nwj:learning-rate=1 diverged at step")
        .doesNotContain("NaN");
    Path variant = dir.resolve("staircase/separable");
    List<String> csv = Files.readAllLines(variant.resolve("staircase.csv"));
    assertThat(csv).hasSize(1 + 2 * 5);
    assertThat(csv.get(0)).startsWith("variant,critic,cubic,estimator,bound,ceiling,level_mi");
    List<String> traces = Files.readAllLines(variant.resolve("traces.csv"));
    assertThat(traces).hasSize(1 + 150);
    for (String line : traces.subList(1, traces.size())) {
      String infonce = line.split(",", -1)[2];
      // InfoNCE can never exceed ln 64 = 4.159 (SPEC section 3).
      assertThat(Double.parseDouble(infonce)).isLessThanOrEqualTo(Math.log(64) + 1e-5);
    }
    JsonNode json = new ObjectMapper().readTree(variant.resolve("staircase.json").toFile());
    assertThat(json.get("estimators")).hasSize(2);
    assertThat(json.get("estimators").get(0).get("ceiling").asDouble()).isEqualTo(Math.log(64));
    assertThat(json.get("estimators").get(1).get("diverged_step").asLong()).isPositive();
    byte[] png = Files.readAllBytes(variant.resolve("staircase.png"));
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    assertThat(png.length).isGreaterThan(10_000);
    try (Stream<Path> files = Files.list(variant)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "staircase.csv", "staircase.json", "traces.csv", "staircase.png");
    }
  }

  @Test
  void theSameSeedGivesTheSameEstimates() throws IOException {
    Path first = dir.resolve("a");
    Path second = dir.resolve("b");
    assertThat(staircase(first, "smile:tau=1,tuba", "10").exitCode()).isZero();
    assertThat(staircase(second, "smile:tau=1,tuba", "10").exitCode()).isZero();
    assertThat(Files.readAllLines(second.resolve("staircase/separable/traces.csv")))
        .isEqualTo(Files.readAllLines(first.resolve("staircase/separable/traces.csv")));
  }

  @Test
  void badSettingsExitWithCodeTwoAndSayWhatToDo() {
    assertThat(CliRunner.run("bench", "staircase", "--critic", "mlp", "--out", dir.toString()))
        .satisfies(
            r -> {
              assertThat(r.exitCode()).isEqualTo(2);
              assertThat(r.err()).contains("--critic must be one of concat, separable");
            });
    assertThat(staircase(dir, "infonce", "0").err()).contains("--steps-per-level");
    assertThat(staircase(dir, "infonse", "10").err()).contains("did you mean 'infonce'");
    assertThat(staircase(dir, "smile:tau", "10").err()).contains("is not KEY=VALUE");
    assertThat(staircase(dir, "smile:tau=-1", "10").err()).contains("tau");
    CliRunner.Result notNeural = staircase(dir, "fake-correlation", "10");
    assertThat(notNeural.exitCode()).isEqualTo(2);
    assertThat(notNeural.err()).contains("is not a neural estimator");
    assertThat(staircase(dir, "ksg", "10").err()).contains("'ksg' is not a neural estimator");
    assertThat(staircase(dir, "8,infonce", "10").err())
        .contains("'8' in '8,infonce' is a number with no NAME:KEY=VALUE before it to continue");
    assertThat(dir.resolve("staircase")).doesNotExist();
  }
}
