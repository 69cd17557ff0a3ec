package org.mine4j.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mine4j.bench.results.Json;
import org.mine4j.bench.sweep.RunLog;

/**
 * The crash test of {@code bench run --resume}: a sweep in a child JVM is killed with SIGKILL
 * ({@link Process#destroyForcibly}) at seeded random moments and resumed each time; the final
 * {@code runs.jsonl}, as a set of records without their timing, must equal an uninterrupted
 * sweep's, with no run lost or duplicated.
 */
class RunResumeProcessTest {
  private static final int TOTAL = 3 * 2 * 2 * 16;

  @TempDir Path dir;

  private static List<String> sweepArgs(Path out) {
    return List.of(
        "bench",
        "run",
        "--estimators",
        "fake-slow,gaussian,fake-diverging",
        "--tasks",
        "fake-gaussian,correlated-gaussian:rho=0.7",
        "--n",
        "100,300",
        "--seeds",
        "16",
        "--seed",
        "11",
        "--parallel",
        "2",
        "--out",
        out.toString());
  }

  private Process start(Path out) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.mine4j.bench.Main");
    command.addAll(sweepArgs(out));
    command.add("--resume");
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("child-err.txt").toFile())
        .start();
  }

  private static Set<JsonNode> recordsWithoutTiming(Path out) throws IOException {
    List<String> lines = Files.readAllLines(out.resolve(RunLog.FILE));
    Set<JsonNode> records = new HashSet<>();
    for (String line : lines) {
      ObjectNode node = (ObjectNode) Json.MAPPER.readTree(line);
      node.remove("seconds");
      assertThat(records.add(node)).as("duplicate run %s", line).isTrue();
    }
    assertThat(records).hasSize(lines.size());
    return records;
  }

  /** Newlines in runs.jsonl so far (it is being appended to). */
  private static int lines(Path out) throws IOException {
    Path file = out.resolve(RunLog.FILE);
    if (!Files.exists(file)) {
      return 0;
    }
    int count = 0;
    for (byte b : Files.readAllBytes(file)) {
      if (b == '\n') {
        count++;
      }
    }
    return count;
  }

  @Test
  void aSweepKilledAndResumedSeveralTimesEndsAsAnUninterruptedOne() throws Exception {
    Path reference = dir.resolve("reference");
    CliRunner.Result uninterrupted = CliRunner.run(sweepArgs(reference).toArray(String[]::new));
    assertThat(uninterrupted.exitCode()).as(uninterrupted.err()).isEqualTo(1);
    Set<JsonNode> expected = recordsWithoutTiming(reference);
    assertThat(expected).hasSize(TOTAL);

    Path out = dir.resolve("killed");
    Random random = new Random(20261129);
    List<Integer> linesAtKill = new ArrayList<>();
    for (int attempt = 0; attempt < 3; attempt++) {
      // A seeded random point: once the file has grown by 1 to TOTAL / 6 lines, then up to 50 ms
      // more (JVM start-up on a busy machine varies too much for a plain delay to land midway).
      int target = lines(out) + 1 + random.nextInt(TOTAL / 6);
      long delay = random.nextInt(50);
      Process process = start(out);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (process.isAlive() && lines(out) < target && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      Thread.sleep(delay);
      if (!process.isAlive()) {
        break;
      }
      process.destroyForcibly();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      linesAtKill.add(lines(out));
    }
    Process last = start(out);
    assertThat(last.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(last.exitValue()).as(Files.readString(dir.resolve("child-err.txt"))).isEqualTo(1);
    assertThat(linesAtKill)
        .as("runs.jsonl lines after each kill")
        .isNotEmpty()
        .anySatisfy(lines -> assertThat(lines).isBetween(1, TOTAL - 1));
    assertThat(recordsWithoutTiming(out)).isEqualTo(expected);
    assertThat(Files.readString(out.resolve("summary.csv")))
        .isEqualTo(Files.readString(reference.resolve("summary.csv")));
  }
}
