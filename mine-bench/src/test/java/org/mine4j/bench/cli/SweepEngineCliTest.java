package org.mine4j.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench run --engine/--master} without the mine-spark module on the class path. */
class SweepEngineCliTest {
  @TempDir Path dir;

  @Test
  void theThreadPoolIsTheDefaultAndIsRecorded() throws Exception {
    Path out = dir.resolve("out");
    CliRunner.Result result =
        CliRunner.run(
            "bench",
            "run",
            "--estimators",
            "gaussian",
            "--tasks",
            "1v1-normal-0.75",
            "--n",
            "100",
            "--seeds",
            "1",
            "--out",
            out.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(java.nio.file.Files.readString(out.resolve("runs.jsonl")))
        .contains("\"engine\":\"threads\"");
  }

  @Test
  void sparkWithoutTheModuleSaysWhereItIs() {
    Path out = dir.resolve("out");
    CliRunner.Result result =
        CliRunner.run("bench", "run", "--engine", "spark", "--out", out.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("unknown sweep engine 'spark'")
        .contains("mine-spark module")
        .contains("./mine4j")
        .contains("spark-submit");
    assertThat(out).doesNotExist();
  }

  @Test
  void aMasterWithTheThreadPoolIsRejectedBeforeAnythingIsWritten() {
    Path out = dir.resolve("out");
    CliRunner.Result result =
        CliRunner.run(
            "bench",
            "run",
            "--estimators",
            "gaussian",
            "--tasks",
            "1v1-normal-0.75",
            "--n",
            "100",
            "--seeds",
            "1",
            "--master",
            "local[2]",
            "--out",
            out.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--master is a setting of --engine spark");
    assertThat(out).doesNotExist();
  }

  @Test
  void anEmptyMasterIsRejected() {
    CliRunner.Result result =
        CliRunner.run("bench", "run", "--master", " ", "--out", dir.resolve("o").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--master is empty");
  }
}
