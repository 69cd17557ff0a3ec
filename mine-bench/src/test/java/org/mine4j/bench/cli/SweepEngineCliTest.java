package org.mine4j.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench run --engine/--master} without the mine-spark module on the class path. */
class SweepEngineCliTest {
  @TempDir Path dir;

  /** A one-run sweep of the Gaussian plug-in into {@code out}, with {@code extra} options. */
  private static CliRunner.Result sweep(Path out, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
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
                out.toString()));
    args.addAll(List.of(extra));
    return CliRunner.run(args.toArray(String[]::new));
  }

  @Test
  void theThreadPoolIsTheDefaultAndIsRecorded() throws Exception {
    Path out = dir.resolve("out");
    CliRunner.Result result = sweep(out);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(Files.readString(out.resolve("runs.jsonl"))).contains("\"engine\":\"threads\"");
  }

  @Test
  void sparkWithoutTheModuleSaysWhereItIs() {
    Path out = dir.resolve("out");
    CliRunner.Result result = sweep(out, "--engine", "spark");

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
    CliRunner.Result result = sweep(out, "--master", "local[2]");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--master is a setting of --engine spark");
    assertThat(out).doesNotExist();
  }

  @Test
  void anEmptyMasterIsRejected() {
    CliRunner.Result result = sweep(dir.resolve("o"), "--master", " ");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--master is empty");
  }
}
