package org.mine4j.bench.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mine4j.bench.Main;
import org.mine4j.bench.plugins.Components;

/**
 * {@code mine4j bench consistency} end to end with fast estimators: the {@code gaussian} (CCA)
 * plug-in, exact for Gaussian data and affine invariant, and fakes that are broken on purpose.
 *
 * <p>Tolerances at N = 2000 (see {@link ConsistencyProtocol}): at least 3/√2000 = 0.067; the fakes
 * report a ±0.1 interval (se 0.051), so independence allows 0.153, a two-estimate comparison 0.217
 * and additivity (three estimates) 0.265. The fakes' violations (0.5 nats) are far outside; the CCA
 * estimate's errors at N = 2000 (se ≈ 0.025) are far inside.
 */
class ConsistencyCommandTest {
  @TempDir static Path shared;
  private static Result result;
  private static Map<String, Map<String, String>> statuses;

  private static Components components;

  private record Result(int exitCode, String out, String err) {}

  private static synchronized Components components() {
    if (components == null) {
      components = Components.discover();
    }
    return components;
  }

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new Main(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(),
                ConsistencyCommandTest::components,
                false)
            .run(args);
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @BeforeAll
  static void runOnce() throws IOException {
    result =
        run(
            "bench",
            "consistency",
            "--estimators",
            "gaussian,fake-constant,fake-dimension-ratio,fake-diverging",
            "--seed",
            "3",
            "--out",
            shared.toString(),
            "--parallel",
            "2");
    statuses = new HashMap<>();
    List<String> rows = Files.readAllLines(shared.resolve("consistency/consistency.csv"));
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split(",");
      statuses.computeIfAbsent(cells[0], k -> new HashMap<>()).put(cells[1], cells[2]);
    }
  }

  @Test
  void runsAndPrintsAPassFailTablePerEstimator() {
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .contains("Tolerances: independence |I| <= max(3 se, 3/sqrt(N) = 0.0671)")
        .contains("gaussian: 4/5 checks pass")
        .contains("fake-constant: 3/5 checks pass")
        .contains("fake-dimension-ratio: 2/5 checks pass")
        .contains("fake-diverging: 0/5 checks pass")
        .containsPattern("independence +I\\(X;Y\\), X indep\\. Y +0\\.0\\d{3} +0\\.0000")
        .contains("wrote " + shared.resolve("consistency/consistency.csv"))
        .contains("wrote " + shared.resolve("consistency/consistency.json"));
  }

  @Test
  void theExactGaussianEstimatorPassesAllButTheNonLinearInvariance() {
    // CCA measures linear dependence only: cube(X), asinh(Y) lower its value, a true failure.
    assertThat(statuses.get("gaussian"))
        .containsEntry("independence", "pass")
        .containsEntry("data-processing", "pass")
        .containsEntry("additivity", "pass")
        .containsEntry("invariance-affine", "pass")
        .containsEntry("invariance-transform", "FAIL");
  }

  @Test
  void brokenEstimatorsFailTheChecksTheyViolate() {
    assertThat(statuses.get("fake-constant"))
        .containsEntry("independence", "FAIL")
        .containsEntry("data-processing", "pass")
        .containsEntry("additivity", "FAIL")
        .containsEntry("invariance-affine", "pass")
        .containsEntry("invariance-transform", "pass");
    assertThat(statuses.get("fake-dimension-ratio"))
        .containsEntry("independence", "FAIL")
        .containsEntry("data-processing", "FAIL")
        .containsEntry("additivity", "FAIL")
        .containsEntry("invariance-affine", "pass")
        .containsEntry("invariance-transform", "pass");
    assertThat(statuses.get("fake-diverging").values()).containsOnly("diverged");
  }

  @Test
  void theJsonHoldsSettingsChecksAndEveryEstimation() throws IOException {
    JsonNode root =
        new ObjectMapper().readTree(shared.resolve("consistency/consistency.json").toFile());
    assertThat(root.get("master_seed").asLong()).isEqualTo(3);
    assertThat(root.get("rows").asInt()).isEqualTo(2000);
    assertThat(root.get("checks")).hasSize(20);
    assertThat(root.get("estimations")).hasSize(4 * Probe.values().length);
    assertThat(root.get("summary").get("gaussian").get("passed").asInt()).isEqualTo(4);
    assertThat(root.get("sample_sets").get("transformed").get("x-transform").asText())
        .isEqualTo("cube");
    JsonNode additivity = root.get("checks").get(2);
    assertThat(additivity.get("check").asText()).isEqualTo("additivity");
    // The truths are exact: two pairs with rho = 0.8, -ln(1 - 0.64) = 1.0217 nats.
    assertThat(additivity.get("truth").asDouble()).isCloseTo(-Math.log(0.36), within(1e-9));
    assertThat(additivity.get("reference_truth").asDouble())
        .isCloseTo(-Math.log(0.36), within(1e-9));
  }

  @Test
  void anUnknownEstimatorIsABadInputWithASuggestion(@TempDir Path dir) {
    Result bad = run("bench", "consistency", "--estimators", "gausian", "--out", dir.toString());

    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown estimator 'gausian'; did you mean 'gaussian'?");
    assertThat(dir.resolve("consistency")).doesNotExist();
  }

  @Test
  void aNumberThatContinuesNoOptionIsABadInput(@TempDir Path dir) {
    Result bad = run("bench", "consistency", "--estimators", "8,ksg", "--out", dir.toString());

    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("'8' in '8,ksg' is a number with no NAME:KEY=VALUE");
    assertThat(dir.resolve("consistency")).doesNotExist();
  }

  @Test
  void tooFewRowsAreABadInput(@TempDir Path dir) {
    Result bad =
        run(
            "bench",
            "consistency",
            "--estimators",
            "gaussian",
            "--n",
            "10",
            "--out",
            dir.toString());

    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--n must be at least 100, found 10");
    assertThat(dir.resolve("consistency")).doesNotExist();
  }

  @Test
  void anUnknownTransformIsABadInput(@TempDir Path dir) {
    Result bad =
        run(
            "bench",
            "consistency",
            "--estimators",
            "gaussian",
            "--x-transform",
            "cubic",
            "--out",
            dir.toString());

    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown transform 'cubic'");
  }

  @Test
  void nonNeuralEstimatorsGetNoTrainingOptions(@TempDir Path dir) {
    // ksg rejects unknown options: --steps must not reach it. N = 200 keeps the kNN search quick.
    Result ok =
        run(
            "bench",
            "consistency",
            "--estimators",
            "ksg:k=3",
            "--n",
            "200",
            "--steps",
            "7",
            "--out",
            dir.toString());

    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("ksg:k=3: ");
  }
}
