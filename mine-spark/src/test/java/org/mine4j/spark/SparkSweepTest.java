package org.mine4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mine4j.bench.Main;
import org.mine4j.bench.plugins.Components;
import org.mine4j.bench.results.Json;

/**
 * {@code bench run --engine spark --master local[2]} against the thread-pool engine: the same sweep
 * must give the same records (every field but the wall time and the environment block, which names
 * the engine), the same summary and the same exit code, and resuming a Spark sweep must neither
 * redo nor duplicate runs.
 */
class SparkSweepTest {
  /**
   * Two tasks, three estimators (a neural one with a short budget, two closed-form ones) and a
   * neural estimator that diverges at once (learning rate 1 with the library's default critic and
   * batch, hence no --neural-options budget), so failed runs are compared too.
   */
  private static final List<String> SWEEP =
      List.of(
          "--estimators",
          "ksg,gaussian,mine:steps=300:eval-every=100,nwj:learning-rate=1:steps=50",
          "--tasks",
          "1v1-normal-0.75,multinormal-dense-2-2-0.5",
          "--n",
          "400",
          "--seed",
          "11",
          "--neural-options",
          "");

  private static Components components;

  @Test
  void localSparkGivesTheThreadPoolsRecords(@TempDir Path dir) throws IOException {
    Path threads = dir.resolve("threads");
    Path spark = dir.resolve("spark");

    Result byThreads = run(threads, "--seeds", "2", "--parallel", "2");
    Result bySpark = run(spark, "--seeds", "2", "--engine", "spark", "--master", "local[2]");

    // nwj at learning rate 1 diverges on every run: exit 1 (some runs failed) for both engines.
    assertThat(byThreads.exitCode()).as(byThreads.err()).isEqualTo(1);
    assertThat(bySpark.exitCode()).as(bySpark.err()).isEqualTo(1);
    Map<String, JsonNode> expected = records(threads);
    Map<String, JsonNode> actual = records(spark);
    assertThat(actual).hasSize(16);
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.values())
        .filteredOn(record -> record.get("status").asText().equals("failed"))
        .hasSize(4);
    assertThat(Files.readString(spark.resolve("summary.csv")))
        .isEqualTo(Files.readString(threads.resolve("summary.csv")));
    assertThat(engineOf(spark)).isEqualTo("spark");
    assertThat(engineOf(threads)).isEqualTo("threads");
  }

  @Test
  void resumingASparkSweepAddsOnlyTheMissingRuns(@TempDir Path dir) throws IOException {
    Path threads = dir.resolve("threads");
    Path spark = dir.resolve("spark");
    run(threads, "--seeds", "2", "--parallel", "2");

    Result first = run(spark, "--seeds", "1", "--engine", "spark", "--master", "local[2]");
    assertThat(records(spark)).hasSize(8);
    Result resumed =
        run(spark, "--seeds", "2", "--engine", "spark", "--master", "local[2]", "--resume");

    assertThat(first.exitCode()).isEqualTo(1);
    assertThat(resumed.exitCode()).isEqualTo(1);
    assertThat(resumed.err()).contains("resuming: 8 of 16 runs already done");
    assertThat(Files.readAllLines(spark.resolve("runs.jsonl"))).hasSize(16);
    assertThat(records(spark)).isEqualTo(records(threads));
  }

  @Test
  void parallelAndMasterTogetherAreRejectedBeforeAnythingIsWritten(@TempDir Path dir) {
    Result result =
        run(dir.resolve("out"), "--engine", "spark", "--master", "local[2]", "--parallel", "3");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("--parallel 3 and --master local[2] both set the Spark master");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aClusterWithoutTheApplicationJarIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) {
    Result result = run(dir.resolve("out"), "--engine", "spark", "--master", "spark://127.0.0.1:1");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("need the mine4j classes").contains("spark.jars");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aMisspeltEngineIsNamedWithTheFix(@TempDir Path dir) {
    Result result = run(dir.resolve("out"), "--engine", "sprak");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("unknown sweep engine 'sprak'")
        .contains("did you mean 'spark'?")
        .contains("threads, spark");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  private static Result run(Path out, String... extra) {
    List<String> args = new ArrayList<>(List.of("bench", "run"));
    args.addAll(SWEEP);
    args.addAll(List.of(extra));
    args.addAll(List.of("--out", out.toString()));
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(stderr, true, StandardCharsets.UTF_8)) {
      code =
          new Main(o, e, Map.of(), SparkSweepTest::components, false)
              .run(args.toArray(String[]::new));
    }
    return new Result(
        code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
  }

  /** The records by key, without the fields that may differ between engines. */
  private static Map<String, JsonNode> records(Path out) throws IOException {
    Map<String, JsonNode> records = new TreeMap<>();
    for (String line : Files.readAllLines(out.resolve("runs.jsonl"))) {
      ObjectNode record = (ObjectNode) Json.MAPPER.readTree(line);
      String key =
          record.get("estimator").asText()
              + " | "
              + record.get("task").asText()
              + " | "
              + record.get("n").asInt()
              + " | "
              + record.get("seed_index").asInt();
      record.remove("seconds");
      record.remove("environment");
      assertThat(records.put(key, record)).as("duplicate run " + key).isNull();
    }
    return records;
  }

  private static String engineOf(Path out) throws IOException {
    String first = Files.readAllLines(out.resolve("runs.jsonl")).get(0);
    return Json.MAPPER.readTree(first).path("environment").path("engine").asText();
  }

  private static synchronized Components components() {
    if (components == null) {
      components = Components.discover();
    }
    return components;
  }

  private record Result(int exitCode, String out, String err) {}
}
