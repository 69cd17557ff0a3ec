package org.mine4j.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mine4j.bench.results.Json;

/** {@code bench run --neural-options}: one training budget for every neural estimator. */
class NeuralBudgetCliTest {
  @TempDir Path dir;

  private CliRunner.Result sweep(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "bench",
                "run",
                "--estimators",
                "mine:steps=20:eval-every=10,gaussian",
                "--tasks",
                "1v1-normal-0.75",
                "--n",
                "200",
                "--seeds",
                "1",
                "--out",
                dir.toString()));
    args.addAll(List.of(extra));
    return CliRunner.run(args.toArray(String[]::new));
  }

  private JsonNode options(String estimator) throws IOException {
    for (String line : Files.readAllLines(dir.resolve("runs.jsonl"))) {
      JsonNode record = Json.MAPPER.readTree(line);
      if (record.get("estimator").asText().equals(estimator)) {
        return record.get("estimator_options");
      }
    }
    throw new AssertionError("no run of " + estimator);
  }

  @Test
  void neuralEstimatorsGetTheSharedBudgetAndTheirOwnOptionsWin() throws IOException {
    CliRunner.Result result = sweep();

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode mine = options("mine:steps=20:eval-every=10");
    assertThat(mine.get("batch-size").asText()).isEqualTo("128");
    assertThat(mine.get("hidden").asText()).isEqualTo("16,8");
    assertThat(mine.get("learning-rate").asText()).isEqualTo("0.005");
    assertThat(mine.get("steps").asText()).isEqualTo("20");
    assertThat(options("gaussian").size()).isZero();
  }

  @Test
  void anEmptyBudgetLeavesTheLibraryDefaults() throws IOException {
    CliRunner.Result result = sweep("--neural-options", "");

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode mine = options("mine:steps=20:eval-every=10");
    assertThat(mine.has("batch-size")).isFalse();
    assertThat(mine.get("steps").asText()).isEqualTo("20");
  }

  @Test
  void resumingWithAnotherBudgetExitsTwoAndKeepsTheRuns() throws IOException {
    assertThat(sweep().exitCode()).isZero();
    String before = Files.readString(dir.resolve("runs.jsonl"));

    CliRunner.Result resumed = sweep("--resume", "--neural-options", "batch-size=64");

    assertThat(resumed.exitCode()).isEqualTo(2);
    assertThat(resumed.err())
        .contains("holds runs of 'mine:steps=20:eval-every=10' made with the options")
        .contains("--neural-options");
    assertThat(Files.readString(dir.resolve("runs.jsonl"))).isEqualTo(before);
  }

  @Test
  void aMalformedBudgetNamesThePart() {
    CliRunner.Result result = sweep("--neural-options", "steps");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--neural-options").contains("'steps'");
  }
}
