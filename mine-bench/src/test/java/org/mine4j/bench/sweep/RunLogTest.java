package org.mine4j.bench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.mine4j.bench.results.Json;

class RunLogTest {
  @TempDir Path dir;

  static RunRecord record(String estimator, int seedIndex, double estimate) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("estimator", estimator);
    node.put("task", "t");
    node.put("n", 100);
    node.put("seed_index", seedIndex);
    node.put("master_seed", 0);
    node.put("status", RunRecord.OK);
    node.put("estimate", estimate);
    node.put("truth", 1.0);
    return RunRecord.of(node);
  }

  private void writeTwoRuns() {
    try (RunLog log = RunLog.open(dir, false)) {
      log.append(record("a", 0, 0.5));
      log.append(record("a", 1, 0.7));
    }
  }

  private void appendRaw(String text) throws IOException {
    Files.writeString(
        dir.resolve(RunLog.FILE), text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  @Test
  void appendsOneCompleteLinePerRunAndReadsThemBack() throws IOException {
    writeTwoRuns();

    assertThat(Files.readAllLines(dir.resolve(RunLog.FILE))).hasSize(2);
    try (RunLog log = RunLog.open(dir, true)) {
      assertThat(log.existing())
          .extracting(r -> r.estimate().getAsDouble())
          .containsExactly(0.5, 0.7);
      assertThat(log.contains(new RunKey("a", "t", 100, 1))).isTrue();
      assertThat(log.contains(new RunKey("a", "t", 100, 2))).isFalse();
      assertThat(log.discardedBytes()).isZero();
    }
  }

  @Test
  void aTornLastLineWithoutNewlineIsCutOff() throws IOException {
    writeTwoRuns();
    long complete = Files.size(dir.resolve(RunLog.FILE));
    String torn = "{\"estimator\":\"a\",\"task\":\"t\",\"n\":1";
    appendRaw(torn);

    try (RunLog log = RunLog.open(dir, true)) {
      assertThat(log.existing()).hasSize(2);
      assertThat(log.discardedBytes()).isEqualTo(torn.length());
      assertThat(Files.size(dir.resolve(RunLog.FILE))).isEqualTo(complete);
      log.append(record("a", 2, 0.9));
    }
    assertThat(Files.readAllLines(dir.resolve(RunLog.FILE)))
        .hasSize(3)
        .allSatisfy(line -> assertThat(RunRecord.parse(line)).isNotNull());
  }

  @Test
  void anUnparsableLastLineIsCutOffToo() throws IOException {
    writeTwoRuns();
    long complete = Files.size(dir.resolve(RunLog.FILE));
    appendRaw("{\"estimator\":\"a\",\"tas\n");

    try (RunLog log = RunLog.open(dir, true)) {
      assertThat(log.existing()).hasSize(2);
      assertThat(Files.size(dir.resolve(RunLog.FILE))).isEqualTo(complete);
    }
  }

  @Test
  void aBadLineBeforeTheLastIsAnError() throws IOException {
    Files.writeString(dir.resolve(RunLog.FILE), "not json\n" + record("a", 0, 0.5).toLine());

    assertThatThrownBy(() -> RunLog.open(dir, true))
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DATA))
        .hasMessageContaining("line 1 of")
        .hasMessageContaining("only the last line may be torn");
  }

  @Test
  void anExistingSweepNeedsResume() {
    writeTwoRuns();

    assertThatThrownBy(() -> RunLog.open(dir, false))
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_OPTIONS))
        .hasMessageContaining("pass --resume to continue it or choose another --out");
  }

  @Test
  void aSecondWriterIsRefused() {
    try (RunLog log = RunLog.open(dir, true)) {
      assertThatThrownBy(() -> RunLog.open(dir, true))
          .hasMessageContaining("another sweep is writing");
    }
  }
}
