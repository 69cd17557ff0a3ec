package org.mine4j.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input exits 2 with a message on stderr that names the problem, and prints
 * nothing on stdout.
 */
class BadInputTest {
  @TempDir Path dir;

  private CliRunner.Result estimate(String content, String... more) throws IOException {
    Path file = Files.writeString(dir.resolve("data.csv"), content);
    return estimateFile(file, more);
  }

  private static CliRunner.Result estimateFile(Path file, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "estimate",
                "--data",
                file.toString(),
                "--dim-x",
                "1",
                "--dim-y",
                "1",
                "--estimator",
                "fake-constant"));
    args.addAll(List.of(more));
    return CliRunner.run(args.toArray(String[]::new));
  }

  private static void assertUsageError(CliRunner.Result result, String... fragments) {
    assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains(fragments);
    assertThat(result.err()).doesNotContain("\tat ");
  }

  @Test
  void missingFile() {
    assertUsageError(
        estimateFile(dir.resolve("nope.csv")), "estimate: error: CSV file not found", "nope.csv");
  }

  @Test
  void emptyFile() throws IOException {
    assertUsageError(estimate(""), "data.csv is empty");
  }

  @Test
  void raggedRows() throws IOException {
    assertUsageError(estimate("1,2\n3,4\n5\n"), "line 3 of", "has 1 columns, expected 2");
  }

  @Test
  void nonNumericCell() throws IOException {
    assertUsageError(estimate("1,2\n3,abc\n"), "line 2", "column 2", "'abc', not a number");
  }

  @Test
  void notANumberCell() throws IOException {
    assertUsageError(estimate("1,2\nNaN,4\n5,6\n"), "line 2", "'NaN', not a finite number");
  }

  @Test
  void infiniteCell() throws IOException {
    assertUsageError(estimate("1,2\n3,4\n5,-Infinity\n"), "line 3", "not a finite number");
  }

  @Test
  void dimensionsThatDoNotMatchTheColumns() throws IOException {
    Path file = Files.writeString(dir.resolve("three.csv"), "1,2,3\n4,5,6\n");

    assertUsageError(estimateFile(file), "three.csv has 3 columns");
  }

  @Test
  void negativeDimension() throws IOException {
    Path file = Files.writeString(dir.resolve("d.csv"), "1,2\n3,4\n");

    CliRunner.Result result =
        CliRunner.run(
            "estimate",
            "--data",
            file.toString(),
            "--dim-x",
            "-1",
            "--dim-y",
            "1",
            "--estimator",
            "fake-constant");

    assertUsageError(result, "dim-x must be at least 1");
  }

  @Test
  void unknownEstimatorWithDidYouMean() throws IOException {
    CliRunner.Result result =
        CliRunner.run(
            "estimate",
            "--data",
            "whatever.csv",
            "--dim-x",
            "1",
            "--dim-y",
            "1",
            "--estimator",
            "fake-konstant");

    assertUsageError(
        result,
        "unknown estimator 'fake-konstant'; did you mean 'fake-constant'? known: ",
        "fake-correlation");
  }

  @Test
  void negativeSteps() throws IOException {
    assertUsageError(estimate("1,2\n3,4\n", "--steps", "-5"), "steps must be positive, found -5");
  }

  @Test
  void zeroBatchSize() throws IOException {
    assertUsageError(
        estimate("1,2\n3,4\n", "--batch-size", "0"), "batch-size must be at least 2, found 0");
  }

  @Test
  void unknownEstimatorOption() throws IOException {
    assertUsageError(
        estimate("1,2\n3,4\n", "-o", "stpes=5"),
        "unknown option 'stpes' for estimator 'fake-constant'; did you mean 'steps'?");
  }

  @Test
  void malformedOptionValue() throws IOException {
    assertUsageError(
        estimate("1,2\n3,4\n", "-o", "hidden=ten"), "option 'hidden'", "must be a comma-separated");
  }

  @Test
  void unknownCommandLineOption() {
    CliRunner.Result result =
        CliRunner.run(
            "estimate", "--data", "x.csv", "--dim-x", "1", "--dim-y", "1", "--stpes", "5");

    assertUsageError(
        result,
        "Unknown options: '--stpes'",
        "Possible solutions: --steps",
        "Try 'mine4j estimate --help'");
  }

  @Test
  void missingRequiredOption() {
    assertUsageError(
        CliRunner.run("estimate", "--dim-x", "1", "--dim-y", "1"),
        "Missing required option: '--data=FILE'");
  }

  @Test
  void noCommand() {
    CliRunner.Result result = CliRunner.run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("a command is required").contains("Usage: mine4j");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void unknownCommand() {
    assertUsageError(CliRunner.run("estimat"), "Unmatched argument at index 0: 'estimat'");
  }
}
