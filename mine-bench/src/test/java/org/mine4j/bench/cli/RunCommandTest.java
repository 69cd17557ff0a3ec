package org.mine4j.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mine4j.bench.results.Json;
import org.mine4j.bench.sweep.RunLog;

class RunCommandTest {
  @TempDir Path dir;

  private CliRunner.Result sweep(String... args) {
    List<String> all = new ArrayList<>(List.of("bench", "run", "--out", dir.toString()));
    all.addAll(List.of(args));
    return CliRunner.run(all.toArray(String[]::new));
  }

  private List<JsonNode> runs() throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve(RunLog.FILE))) {
      nodes.add(Json.MAPPER.readTree(line));
    }
    return nodes;
  }

  @Test
  void writesOneLinePerRunWithEstimateTruthAndProvenance() throws IOException {
    CliRunner.Result result =
        sweep(
            "--estimators", "gaussian,fake-constant",
            "--tasks", "correlated-gaussian:rho=0.6,1v1-normal-0.75",
            "--n", "200,400",
            "--seeds", "2",
            "--parallel", "2");

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<JsonNode> runs = runs();
    assertThat(runs).hasSize(2 * 2 * 2 * 2);
    double rho06 = -0.5 * Math.log1p(-0.36);
    double rho075 = -0.5 * Math.log1p(-0.75 * 0.75);
    for (JsonNode run : runs) {
      assertThat(run.get("status").asText()).isEqualTo("ok");
      assertThat(run.get("master_seed").asLong()).isZero();
      assertThat(run.get("neural").asBoolean()).isFalse();
      assertThat(run.get("environment").get("java").asText())
          .isEqualTo(System.getProperty("java.version"));
      assertThat(run.get("seconds").asDouble()).isNotNegative();
      assertThat(run.get("bound").asText()).isNotEmpty();
      assertThat(run.has("steps")).isTrue();
      assertThat(run.has("ceiling")).isTrue();
      double truth = run.get("task").asText().startsWith("correlated") ? rho06 : rho075;
      // Closed forms: -1/2 ln(1 - rho^2), exact up to rounding.
      assertThat(run.get("truth").asDouble()).isCloseTo(truth, within(1e-12));
      if (run.get("estimator").asText().equals("fake-constant")) {
        assertThat(run.get("estimate").asDouble()).isEqualTo(0.5);
      }
    }
    JsonNode first =
        runs.stream()
            .filter(r -> r.get("task").asText().equals("1v1-normal-0.75"))
            .findFirst()
            .orElseThrow();
    assertThat(first.get("dataset").asText()).isEqualTo("bmi");
    assertThat(first.get("dataset_options").get("task").asText()).isEqualTo("1v1-normal-0.75");
    // The same seed index draws the same samples for every estimator.
    assertThat(
            runs.stream()
                .filter(r -> r.get("seed_index").asInt() == 1)
                .map(r -> r.get("data_seed").asLong())
                .distinct())
        .hasSize(1);

    List<String> csv = Files.readAllLines(dir.resolve("summary.csv"));
    assertThat(csv).hasSize(1 + 2 * 2 * 2);
    assertThat(csv.get(0)).startsWith("estimator,task,n,runs,failed,truth,mean,sd,ci_low,ci_high");
    assertThat(csv)
        .contains(
            "fake-constant,1v1-normal-0.75,200,2,0,"
                + rho075
                + ",0.5,0.0,0.5,0.5,"
                + (0.5 - rho075)
                + ","
                + Math.abs(0.5 - rho075)
                + ","
                + (Math.log(0.5 / rho075) / Math.log(2))
                + ",0");
    JsonNode summary = Json.MAPPER.readTree(dir.resolve("summary.json").toFile());
    assertThat(summary.get("runs").asInt()).isEqualTo(16);
    assertThat(summary.get("aggregates")).hasSize(8);
    assertThat(result.out()).contains("wrote " + dir.resolve("summary.csv"));
    assertThat(result.out())
        .contains("wrote " + dir.resolve("report.html"))
        .contains("wrote " + dir.resolve("estimate-vs-truth.png"))
        .contains("wrote " + dir.resolve("error-by-estimator.png"));
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html)
        .contains("<tr><td>fake-constant</td><td>1v1-normal-0.75</td><td class=\"num\">200</td>")
        .contains("<tr><td>gaussian</td><td>correlated-gaussian:rho=0.6</td><td class=\"num\">400")
        .contains("16 runs, 0 failed")
        .contains("<th>master seed</th><td>0</td>")
        .contains("<th>java</th><td>" + System.getProperty("java.version") + "</td>");
  }

  @Test
  void theGaussianEstimatorIsCloseToTheTruthOnAverage() throws IOException {
    CliRunner.Result result =
        sweep(
            "--estimators",
            "gaussian",
            "--tasks",
            "correlated-gaussian:rho=0.8",
            "--n",
            "2000",
            "--seeds",
            "5");

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode aggregate =
        Json.MAPPER.readTree(dir.resolve("summary.json").toFile()).get("aggregates").get(0);
    double truth = -0.5 * Math.log1p(-0.64);
    assertThat(aggregate.get("truth").asDouble()).isCloseTo(truth, within(1e-12));
    // The CCA estimate's sd at n = 2000 and rho = 0.8 is about rho^2 / sqrt(n) = 0.014 per run;
    // the mean of 5 is well within 0.05 (over 7 standard errors).
    assertThat(aggregate.get("mean").asDouble()).isCloseTo(truth, within(0.05));
    assertThat(aggregate.get("ci_low").asDouble()).isLessThan(aggregate.get("mean").asDouble());
  }

  @Test
  void failedRunsAreRecordedAndTheExitCodeIsOne() throws IOException {
    // Options a dataset rejects are bad input now, refused before anything runs (issue 12); a
    // run that fails at run time is what gets recorded.
    CliRunner.Result refused =
        sweep("--estimators", "fake-constant", "--tasks", "fake-gaussian:rho=abc", "--n", "100");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("task 'fake-gaussian:rho=abc'");
    assertThat(dir.resolve(RunLog.FILE)).doesNotExist();

    CliRunner.Result result =
        sweep(
            "--estimators", "fake-diverging,fake-constant,fake-broken",
            "--tasks", "fake-gaussian",
            "--n", "100",
            "--seeds", "2");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("4 of 6 runs failed");
    List<JsonNode> runs = runs();
    assertThat(runs).hasSize(6);
    JsonNode diverged =
        runs.stream()
            .filter(
                r ->
                    r.get("estimator").asText().equals("fake-diverging")
                        && r.get("task").asText().equals("fake-gaussian"))
            .findFirst()
            .orElseThrow();
    assertThat(diverged.get("status").asText()).isEqualTo("failed");
    assertThat(diverged.get("error_code").asText()).isEqualTo("NON_FINITE_LOSS");
    assertThat(diverged.get("diverged_step").asLong()).isEqualTo(7);
    assertThat(diverged.get("estimate").isNull()).isTrue();
    JsonNode broken =
        runs.stream()
            .filter(r -> r.get("estimator").asText().equals("fake-broken"))
            .findFirst()
            .orElseThrow();
    assertThat(broken.get("status").asText()).isEqualTo("failed");
    assertThat(broken.get("error").asText()).isNotEmpty();
    assertThat(Files.readString(dir.resolve("summary.csv")))
        .contains("fake-constant,fake-gaussian,100,2,0,");
  }

  @Test
  void resumeSkipsFinishedRunsAndAddsOnlyTheMissingOnes() throws IOException {
    String[] args = {
      "--estimators", "gaussian,fake-constant", "--tasks", "correlated-gaussian", "--n", "100"
    };
    assertThat(sweep(concat(args, "--seeds", "2")).exitCode()).isZero();
    String before = Files.readString(dir.resolve(RunLog.FILE));

    CliRunner.Result again = sweep(concat(args, "--seeds", "3", "--resume"));

    assertThat(again.exitCode()).as(again.err()).isZero();
    String after = Files.readString(dir.resolve(RunLog.FILE));
    assertThat(after).startsWith(before);
    assertThat(runs()).hasSize(6);
    assertThat(
            runs().stream()
                .map(r -> r.get("estimator").asText() + r.get("seed_index").asInt())
                .distinct())
        .hasSize(6);

    assertThat(Files.readString(dir.resolve("report.html")))
        .contains("6 runs, 0 failed")
        .contains("<th>seeds</th><td>3</td>");

    CliRunner.Result nothingLeft = sweep(concat(args, "--seeds", "3", "--resume"));
    assertThat(nothingLeft.exitCode()).isZero();
    assertThat(Files.readString(dir.resolve(RunLog.FILE))).isEqualTo(after);
    assertThat(Files.readString(dir.resolve("report.html"))).contains("6 runs, 0 failed");
  }

  @Test
  void theReportEscapesLabelsAndListsFailedRunsWithTheirReasons() throws IOException {
    CliRunner.Result result =
        sweep(
            "--estimators", "fake-constant,fake-broken",
            "--tasks", "fake-gaussian",
            "--n", "100",
            "--seeds", "1");

    // A task whose options the dataset rejects (rho=<b>&c) is refused before the sweep now
    // (issue 12), so the failed run comes from an estimator; SweepReportTest escapes evil labels.
    assertThat(result.exitCode()).isEqualTo(1);
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html)
        .doesNotContain("<b>")
        .contains("2 runs, 1 failed")
        .contains("<td>INTERNAL</td>");
    assertThat(html).doesNotContainIgnoringCase("http://").doesNotContainIgnoringCase("https://");
  }

  @Test
  void aTornLastLineIsDiscardedAndItsRunRedone() throws IOException {
    String[] args = {
      "--estimators", "fake-constant", "--tasks", "fake-gaussian", "--n", "100", "--seeds", "3"
    };
    assertThat(sweep(args).exitCode()).isZero();
    List<String> complete = Files.readAllLines(dir.resolve(RunLog.FILE));
    // Cut the last line in half, as a crash during its write would.
    String text = Files.readString(dir.resolve(RunLog.FILE));
    String lastLine = complete.get(2);
    Files.writeString(
        dir.resolve(RunLog.FILE), text.substring(0, text.length() - lastLine.length() / 2 - 1));

    CliRunner.Result resumed = sweep(concat(args, "--resume"));

    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(resumed.err()).contains("discarded a torn last line");
    List<String> lines = Files.readAllLines(dir.resolve(RunLog.FILE));
    assertThat(lines).hasSize(3);
    assertThat(Files.readString(dir.resolve(RunLog.FILE))).endsWith("\n");
    assertThat(lines.subList(0, 2)).isEqualTo(complete.subList(0, 2));
  }

  @Test
  void anExistingSweepWithoutResumeExitsTwo() throws IOException {
    Files.writeString(
        dir.resolve(RunLog.FILE), "{}\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE);

    CliRunner.Result result = sweep("--estimators", "fake-constant", "--tasks", "fake-gaussian");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("pass --resume to continue it or choose another --out");
  }

  @Test
  void resumingWithAnotherMasterSeedExitsTwo() {
    String[] args = {
      "--estimators", "fake-constant", "--tasks", "fake-gaussian", "--n", "100", "--seeds", "1"
    };
    assertThat(sweep(args).exitCode()).isZero();

    CliRunner.Result result = sweep(concat(args, "--resume", "--seed", "5"));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("resume with --seed 0");
  }

  @Test
  void badInputExitsTwoWithTheFix() {
    assertThat(sweep("--estimators", "gausian", "--tasks", "fake-gaussian").err())
        .contains("did you mean 'gaussian'");
    CliRunner.Result unknownTask =
        sweep("--estimators", "gaussian", "--tasks", "corelated-gaussian");
    assertThat(unknownTask.exitCode()).isEqualTo(2);
    assertThat(unknownTask.err())
        .contains("unknown task 'corelated-gaussian'")
        .contains("correlated-gaussian");
    CliRunner.Result staircase = sweep("--tasks", "staircase:dim=10");
    assertThat(staircase.exitCode()).isEqualTo(2);
    assertThat(staircase.err()).contains("task 'staircase' takes only the option cubic");
    assertThat(sweep("--tasks", "staircase,staircase").err())
        .contains("--tasks names 'staircase-2' twice");
    assertThat(sweep("--tasks", "stairase").err()).contains("did you mean 'staircase'");
    assertThat(sweep("--tasks", "fake-gaussian", "--n", "1").err())
        .contains("--n values must be at least 2");
    assertThat(sweep("--tasks", "fake-gaussian", "--n", "x").exitCode()).isEqualTo(2);
    assertThat(sweep("--tasks", "fake-gaussian", "--seeds", "0").err())
        .contains("--seeds must be at least 1");
    assertThat(sweep("--tasks", "fake-gaussian", "--parallel", "0").err())
        .contains("--parallel must be at least 1");
    assertThat(sweep("--tasks", "1v1-normal-0.75:x=1").err()).contains("takes no options");
    assertThat(Files.exists(dir.resolve(RunLog.FILE))).isFalse();
  }

  @Test
  void bmiStandsForTenCatalogueTasks() throws IOException {
    CliRunner.Result result =
        sweep("--estimators", "gaussian", "--tasks", "bmi", "--n", "200", "--seeds", "1");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(runs())
        .extracting(r -> r.get("task").asText())
        .containsExactlyInAnyOrderElementsOf(RunCommand.DEFAULT_BMI_TASKS);
    assertThat(runs()).allSatisfy(r -> assertThat(r.get("dataset").asText()).isEqualTo("bmi"));
  }

  @Test
  void neuralEstimatorsRunWithTheirDefaultSplit() throws IOException {
    CliRunner.Result result =
        sweep(
            "--estimators",
            "mine:steps=10:batch-size=32",
            "--tasks",
            "correlated-gaussian",
            "--n",
            "200",
            "--seeds",
            "1");

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode run = runs().get(0);
    assertThat(run.get("neural").asBoolean()).isTrue();
    assertThat(run.get("estimator_name").asText()).isEqualTo("mine");
    assertThat(run.get("estimator_options").get("steps").asText()).isEqualTo("10");
    // test-fraction 0.5 by default: 100 of the 200 rows are held out for the estimate.
    assertThat(run.get("evaluation_rows").asInt()).isEqualTo(100);
    assertThat(run.get("steps").asLong()).isBetween(1L, 10L);
  }

  @Test
  void aNumericListValueStaysInItsEstimatorsLabel() throws IOException {
    CliRunner.Result result =
        sweep(
            "--estimators",
            "mine:hidden=16,8:steps=50,gaussian",
            "--tasks",
            "correlated-gaussian",
            "--n",
            "200",
            "--seeds",
            "1");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(runs()).hasSize(2);
    JsonNode mine =
        runs().stream()
            .filter(r -> r.get("estimator_name").asText().equals("mine"))
            .findFirst()
            .orElseThrow();
    assertThat(mine.get("estimator").asText()).isEqualTo("mine:hidden=16,8:steps=50");
    assertThat(mine.get("estimator_options").get("hidden").asText()).isEqualTo("16,8");
    assertThat(mine.get("estimator_options").get("steps").asText()).isEqualTo("50");
    assertThat(mine.get("steps").asLong()).isBetween(1L, 50L);
    assertThat(Files.readString(dir.resolve("summary.csv")))
        .contains("\"mine:hidden=16,8:steps=50\",correlated-gaussian,200,1,0,")
        .contains("\ngaussian,correlated-gaussian,200,1,0,");
  }

  @Test
  void aListWithANumberThatContinuesNothingExitsTwo() {
    CliRunner.Result result = sweep("--estimators", "8,ksg", "--tasks", "fake-gaussian");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("'8' in '8,ksg' is a number with no NAME:KEY=VALUE before it to continue");
    assertThat(sweep("--estimators", "ksg,,gaussian", "--tasks", "fake-gaussian").err())
        .contains("--estimators has an empty entry in 'ksg,,gaussian'");
    assertThat(sweep("--estimators", "ksg", "--tasks", "fake-gaussian,").err())
        .contains("--tasks has an empty entry in 'fake-gaussian,'");
    assertThat(Files.exists(dir.resolve(RunLog.FILE))).isFalse();
  }

  @Test
  void staircaseSweepsItsFiveLevelsAsFixedMiTasks() throws IOException {
    CliRunner.Result result =
        sweep("--estimators", "gaussian", "--tasks", "staircase", "--n", "2000", "--seeds", "1");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(runs())
        .allSatisfy(
            run -> {
              assertThat(run.get("dataset").asText()).isEqualTo("correlated-gaussian");
              assertThat(run.get("dataset_options").get("dim").asText()).isEqualTo("20");
            });
    JsonNode aggregates =
        Json.MAPPER.readTree(dir.resolve("summary.json").toFile()).get("aggregates");
    assertThat(aggregates).hasSize(5);
    List<String> tasks = new ArrayList<>();
    for (JsonNode aggregate : aggregates) {
      String task = aggregate.get("task").asText();
      tasks.add(task);
      double level = Double.parseDouble(task.substring("staircase-".length()));
      assertThat(aggregate.get("truth").asDouble()).as(task).isCloseTo(level, within(1e-9));
      // The Gaussian (CCA) plug-in on Gaussian data: Wishart theory gives a bias of
      // dx dy / (2n) = 20 * 20 / 4000 = 0.1 nats at every level and a delta-method sd of
      // sqrt(sum rho_i^2 / n) = sqrt(20 (1 - e^(-I/10)) / 2000), 0.043 at 2 nats to 0.080 at 10.
      // 40 seeds measured bias 0.095-0.101 and sd 0.042-0.083, matching; one run is within 4 sd.
      double sd = Math.sqrt(20 * -Math.expm1(-level / 10) / 2000);
      assertThat(aggregate.get("mean").asDouble()).as(task).isCloseTo(level + 0.1, within(4 * sd));
    }
    assertThat(tasks)
        .containsExactlyInAnyOrder(
            "staircase-2", "staircase-4", "staircase-6", "staircase-8", "staircase-10");
  }

  @Test
  void theCubicStaircaseRunsOnCubedYWithTheSameTruths() throws IOException {
    CliRunner.Result result =
        sweep(
            "--estimators", "fake-constant",
            "--tasks", "staircase:cubic",
            "--n", "100",
            "--seeds", "1");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(runs()).hasSize(5);
    for (JsonNode run : runs()) {
      String task = run.get("task").asText();
      assertThat(task).startsWith("staircase-cubic-");
      assertThat(run.get("dataset_options").get("y-transform").asText()).isEqualTo("cube");
      // I(X; Y^3) = I(X; Y): the level, up to the rounding of rho and back.
      assertThat(run.get("truth").asDouble())
          .isCloseTo(Double.parseDouble(task.substring("staircase-cubic-".length())), within(1e-9));
    }
  }

  private static String[] concat(String[] first, String... more) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
