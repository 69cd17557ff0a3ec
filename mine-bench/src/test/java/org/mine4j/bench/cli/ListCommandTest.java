package org.mine4j.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListCommandTest {
  @Test
  void listsEveryKindWithDescriptionsAndOptionDefaults() {
    CliRunner.Result result = CliRunner.run("list");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .contains("Estimators (--estimator NAME")
        .contains("Datasets:")
        .contains("Experiments:")
        .contains("Networks")
        .containsPattern("fake-constant +returns the option 'value'")
        .containsPattern("batch-size += 64 +minibatch size")
        .containsPattern("fake-gaussian +1-D correlated Gaussian for tests");
  }

  @Test
  void namesOnlyLeavesOutTheOptions() {
    CliRunner.Result result = CliRunner.run("list", "--names");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("fake-constant").doesNotContain("minibatch size");
  }

  @Test
  void helpGoesToStdoutAndExitsZero() {
    CliRunner.Result result = CliRunner.run("--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Usage: mine4j").contains("estimate").contains("Exit codes:");
  }
}
