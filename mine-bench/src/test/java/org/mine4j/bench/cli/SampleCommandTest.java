package org.mine4j.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sample} writes a dataset to CSV; {@code estimate} with the real estimators reads it back.
 */
class SampleCommandTest {
  @TempDir Path dir;

  private static final ObjectMapper JSON = new ObjectMapper();

  private Path sample(String name, int n, String... options) {
    Path file = dir.resolve(name);
    String[] args = new String[6 + 2 * options.length];
    args[0] = "sample";
    args[1] = "correlated-gaussian";
    args[2] = "--n";
    args[3] = Integer.toString(n);
    args[4] = "--out";
    args[5] = file.toString();
    for (int i = 0; i < options.length; i++) {
      args[6 + 2 * i] = "-o";
      args[7 + 2 * i] = options[i];
    }
    CliRunner.Result result = CliRunner.run(args);
    assertThat(result.exitCode()).as(result.err()).isZero();
    return file;
  }

  @Test
  void writesTheBmiHeaderAndTheExactMi() throws IOException {
    Path file = sample("g.csv", 5, "dim=2", "rho=0.5");
    assertThat(Files.readAllLines(file)).hasSize(6).first().isEqualTo("X0,X1,Y0,Y1");
    CliRunner.Result again =
        CliRunner.run("sample", "correlated-gaussian", "--n", "3", "--out", file.toString());
    assertThat(again.out()).contains("exact MI 0.143841 nats"); // -(1/2) ln(1 - 0.25)
  }

  @Test
  void unknownDatasetIsAUsageError() {
    CliRunner.Result result =
        CliRunner.run(
            "sample", "corelated-gaussian", "--n", "3", "--out", dir.resolve("x").toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("did you mean 'correlated-gaussian'");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void mineEstimatesAOneDimensionalGaussianFromTheFile() throws IOException {
    // 4,000 rows at rho = 0.8 (0.5108 nats); 2,000 held out give a standard error near 0.03 nats,
    // and
    // 2,000 steps of the default critic sit within ~0.05 of the truth: 0.12 is 4 standard errors.
    Path file = sample("g1.csv", 4000, "rho=0.8");
    CliRunner.Result result =
        CliRunner.run(
            "estimate",
            "--data",
            file.toString(),
            "--dim-x",
            "1",
            "--dim-y",
            "1",
            "--steps",
            "2000",
            "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode estimate = JSON.readTree(result.out());
    assertThat(estimate.get("mi_nats").asDouble()).isCloseTo(0.5108, within(0.12));
    assertThat(estimate.get("estimator").asText()).isEqualTo("mine");
  }

  @Test
  @Tag("slow")
  void mineEstimatesATwentyDimensionalGaussianAtTwoNatsWithinTenPercent() throws IOException {
    // The check: 50,000 rows of a 20-d Gaussian with I = 2 nats, all-pairs negatives in
    // batches of 64 (K(K-1) = 4,032 marginal pairs a step). Within 10%: 1.8 to 2.2 nats.
    Path file = sample("g20.csv", 50_000, "dim=20", "mi=2");
    CliRunner.Result result =
        CliRunner.run(
            "estimate",
            "--data",
            file.toString(),
            "--dim-x",
            "20",
            "--dim-y",
            "20",
            "--batch-size",
            "64",
            "-o",
            "negatives=all-pairs",
            "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(JSON.readTree(result.out()).get("mi_nats").asDouble()).isBetween(1.8, 2.2);
  }
}
