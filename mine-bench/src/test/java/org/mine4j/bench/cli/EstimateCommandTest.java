package org.mine4j.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstimateCommandTest {
  @TempDir Path dir;

  private Path csv() throws IOException {
    return Files.writeString(
        dir.resolve("samples.csv"), "X0,Y0\n0.1,0.2\n0.3,0.1\n-0.5,-0.4\n1.0,0.8\n");
  }

  @Test
  void printsTheEstimateWithItsBoundIntervalCeilingAndWarnings() throws IOException {
    CliRunner.Result result =
        CliRunner.run(
            "estimate",
            "--data",
            csv().toString(),
            "--dim-x",
            "1",
            "--dim-y",
            "1",
            "--estimator",
            "fake-constant");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .contains("I(X;Y) = 0.5000 nats  (95% interval 0.4000 to 0.6000)")
        .contains("estimator: fake-constant, bound: fake bound")
        .contains("ceiling: 4.1589 nats")
        .contains("rows: 4 (trained on 2, evaluated on 2 held out), steps: 100, seed: 0")
        .contains("warning: this is a fake estimator");
  }

  @Test
  void jsonHasTheDocumentedFields() throws IOException {
    CliRunner.Result result =
        CliRunner.run(
            "estimate",
            "--data",
            csv().toString(),
            "--dim-x",
            "1",
            "--dim-y",
            "1",
            "--estimator",
            "fake-constant",
            "--seed",
            "42",
            "--steps",
            "7",
            "--batch-size",
            "3",
            "--json");

    assertThat(result.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.get("estimator").asText()).isEqualTo("fake-constant");
    assertThat(json.get("mi_nats").asDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(json.get("ci_low").asDouble()).isCloseTo(0.4, within(1e-12));
    assertThat(json.get("ci_high").asDouble()).isCloseTo(0.6, within(1e-12));
    assertThat(json.get("n").asInt()).isEqualTo(4);
    assertThat(json.get("seed").asLong()).isEqualTo(42);
    assertThat(json.get("steps").asLong()).isEqualTo(7);
    assertThat(json.get("bound").asText()).isEqualTo("fake bound");
    assertThat(json.get("ceiling").asDouble()).isCloseTo(Math.log(64), within(1e-12));
    assertThat(json.get("saturated").asBoolean()).isFalse();
    assertThat(json.get("warnings").get(0).asText()).isEqualTo("this is a fake estimator");
    assertThat(json.get("provenance").get("seed").asText()).isEqualTo("42");
    assertThat(result.out().strip()).doesNotContain("\n");
  }

  @Test
  void genericOptionsReachTheEstimator() throws IOException {
    CliRunner.Result result =
        CliRunner.run(
            "estimate",
            "--data",
            csv().toString(),
            "--dim-x",
            "1",
            "--dim-y",
            "1",
            "--estimator",
            "fake-constant",
            "-o",
            "value=1.25",
            "--json");

    assertThat(result.exitCode()).isZero();
    assertThat(new ObjectMapper().readTree(result.out()).get("mi_nats").asDouble()).isEqualTo(1.25);
  }

  @Test
  void aDivergedTrainingExitsOneWithTheStep() throws IOException {
    CliRunner.Result result =
        CliRunner.run(
            "estimate",
            "--data",
            csv().toString(),
            "--dim-x",
            "1",
            "--dim-y",
            "1",
            "--estimator",
            "fake-diverging");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains("training loss became Infinity at step 7")
        .contains("lower the learning rate");
  }

  @Test
  void anInternalFailureExitsOneWithOneLineAndAHint() throws IOException {
    CliRunner.Result result =
        CliRunner.run(
            "estimate",
            "--data",
            csv().toString(),
            "--dim-x",
            "1",
            "--dim-y",
            "1",
            "--estimator",
            "fake-broken");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().strip())
        .isEqualTo(
            "mine4j estimate: internal failure: java.lang.IllegalStateException: fake bug; rerun"
                + " with --debug (or MINE4J_DEBUG=1) for the stack trace and report it");
  }

  @Test
  void debugPrintsTheStackTrace() throws IOException {
    String file = csv().toString();
    CliRunner.Result flag =
        CliRunner.run(
            "estimate",
            "--debug",
            "--data",
            file,
            "--dim-x",
            "1",
            "--dim-y",
            "1",
            "--estimator",
            "fake-broken");
    CliRunner.Result env =
        CliRunner.run(
            java.util.Map.of("MINE4J_DEBUG", "1"),
            "estimate",
            "--data",
            file,
            "--dim-x",
            "1",
            "--dim-y",
            "1",
            "--estimator",
            "fake-broken");

    assertThat(flag.exitCode()).isEqualTo(1);
    assertThat(flag.err()).contains("\tat org.mine4j.bench.fakes.FakeEstimatorFactory");
    assertThat(env.err()).contains("\tat org.mine4j.bench.fakes.FakeEstimatorFactory");
  }

  @Test
  void theRealMineEstimatorRunsEndToEnd() throws IOException {
    StringBuilder text = new StringBuilder("X0,Y0\n");
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    for (int i = 0; i < 400; i++) {
      double x = random.nextGaussian();
      text.append(x).append(',').append(0.8 * x + 0.6 * random.nextGaussian()).append('\n');
    }
    Path file = Files.writeString(dir.resolve("gaussian.csv"), text);

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
            "50",
            "--batch-size",
            "32",
            "--json");

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.get("estimator").asText()).isEqualTo("mine");
    assertThat(json.get("n").asInt()).isEqualTo(400);
    assertThat(json.get("steps").asInt()).isEqualTo(50);
    assertThat(json.get("provenance").get("data.rows").asText()).isEqualTo("400");
    assertThat(json.get("ci_low").asDouble()).isLessThanOrEqualTo(json.get("mi_nats").asDouble());
  }

  @Test
  void aMisspeltRealEstimatorGetsASuggestion() {
    CliRunner.Result result =
        CliRunner.run(
            "estimate", "--data", "x.csv", "--dim-x", "1", "--dim-y", "1", "--estimator", "mien");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith(
            "mine4j estimate: error: unknown estimator 'mien'; did you mean 'mine'? known: alpha, dv, ");
  }
}
