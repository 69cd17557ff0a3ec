package org.mine4j.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PerfCommandTest {
  @Test
  void aMalformedSpecIsAUsageError() {
    CliRunner.Result result = CliRunner.run("perf", "concat:1:512");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("mine4j perf: error: ");
  }

  @Test
  void tooFewStepsIsAUsageError() {
    CliRunner.Result result = CliRunner.run("perf", "--steps", "2", "concat:1:64:10x1");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--steps must be at least 5, found 2");
  }
}
