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
        .contains("Experiments (mine4j experiment NAME -o NAME=VALUE):")
        .contains("Networks")
        .containsPattern("fake-constant +returns the option 'value'")
        .containsPattern("batch-size += 64 +minibatch size")
        .containsPattern("fake-gaussian +1-D correlated Gaussian for tests")
        .containsPattern("mine-vs-ksg +MINE paper Fig. 1")
        .containsPattern("nonlinear +MINE paper non-linear study");
  }

  @Test
  void listsTheBmiTasksWithDimensionsAndTrueInformation() {
    CliRunner.Result result = CliRunner.run("list");

    // True MI of bmi's tasks (Czyz et al. 2023): binormal rho = 0.75 is -0.5 ln(1 - 0.5625).
    assertThat(result.out())
        .contains("bmi tasks (--dataset bmi -o task=NAME")
        .containsPattern("  1v1-normal-0\\.75 +1x1 +0\\.4133 nats")
        .containsPattern("  swissroll_x-normal_cdf-1v1-normal-0\\.75 +2x1 +0\\.4133 nats")
        .containsPattern("  multinormal-dense-50-50-0\\.5 +50x50 +1\\.6243 nats")
        .containsPattern("  student-identity-1-1-1 +1x1 +0\\.2242 nats");
  }

  @Test
  void namesOnlyLeavesOutTheOptions() {
    CliRunner.Result result = CliRunner.run("list", "--names");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("fake-constant")
        .contains("  asinh-student-identity-5-5-2")
        .doesNotContain("minibatch size")
        .doesNotContain("nats");
  }

  @Test
  void helpGoesToStdoutAndExitsZero() {
    CliRunner.Result result = CliRunner.run("--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Usage: mine4j").contains("estimate").contains("Exit codes:");
  }
}
