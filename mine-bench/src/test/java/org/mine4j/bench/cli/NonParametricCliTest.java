package org.mine4j.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The non-neural estimators of mine-estimators ({@code ksg}, {@code ksg2}, {@code gaussian}, {@code
 * histogram}) through {@code estimate} and {@code bmi}, with the real plugin: they take no training
 * options and report 0 steps.
 */
class NonParametricCliTest {
  @TempDir Path dir;

  /** 1,000 rows of 1-D Gaussians with rho = 0.8 (MI = 0.5108 nats). */
  private Path csv() throws IOException {
    SplittableRandom random = new SplittableRandom(1);
    StringBuilder text = new StringBuilder("x,y\n");
    for (int i = 0; i < 1000; i++) {
      double x = normal(random);
      double y = 0.8 * x + 0.6 * normal(random);
      text.append(String.format(Locale.ROOT, "%.6f,%.6f%n", x, y));
    }
    return Files.writeString(dir.resolve("gaussian.csv"), text);
  }

  private static double normal(SplittableRandom random) {
    double u = 1.0 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  @Test
  void estimatePrintsTheKsgValueWithoutTrainingLines() throws IOException {
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
            "ksg");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("estimator: ksg, bound: KSG-1 k-NN estimate (k=3), not a bound")
        .contains("ceiling: none")
        .contains("rows: 1000 (computed on 1000, no training), seed: 0")
        .doesNotContain("held out");
  }

  @Test
  void bmiPrintsOneNumberForEachNonNeuralEstimator() throws IOException {
    // 1,000 rows: KSG's sd is about 0.03 nats, the Gaussian plug-in's 0.025, and 10 histogram bins
    // lose about 0.05 nats and add about 0.04 of plug-in bias: all within 0.12 of 0.5108.
    Path file = csv();
    for (String estimator : new String[] {"ksg", "ksg2", "gaussian", "histogram"}) {
      CliRunner.Result result =
          CliRunner.run("bmi", file.toString(), "1", "1", "--estimator", estimator);

      assertThat(result.exitCode()).as(estimator + ": " + result.err()).isZero();
      assertThat(result.err()).isEmpty();
      assertThat(Double.parseDouble(result.out().strip()))
          .as(estimator)
          .isCloseTo(-0.5 * Math.log(1 - 0.64), within(0.12));
    }
  }

  @Test
  void jsonReportsZeroStepsAndAllRows() throws IOException {
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
            "gaussian",
            "--json");

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.get("steps").asLong()).isZero();
    assertThat(json.get("train_rows").asInt()).isEqualTo(1000);
    assertThat(json.get("evaluation_rows").asInt()).isEqualTo(1000);
    assertThat(json.get("ceiling").isNull()).isTrue();
  }

  @Test
  void trainingOptionsAreRejectedNamingTheKnownOnes() throws IOException {
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
            "ksg",
            "--steps",
            "100");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("unknown option 'steps'").contains("k, standardize, noise");
  }
}
