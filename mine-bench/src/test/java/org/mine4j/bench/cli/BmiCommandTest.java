package org.mine4j.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BmiCommandTest {
  @TempDir Path dir;

  @Test
  void printsExactlyOneNumberAndNothingElse() throws IOException {
    Path file = Files.writeString(dir.resolve("s.csv"), "X0,X1,Y0\n1,2,3\n4,5,6\n7,8,9\n");

    CliRunner.Result result =
        CliRunner.run("bmi", file.toString(), "2", "1", "--estimator", "fake-constant");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo("0.5" + System.lineSeparator());
    assertThat(Double.parseDouble(result.out().strip())).isEqualTo(0.5);
  }

  @Test
  void aBadFileExitsTwoWithAMessageOnStderrOnly() {
    CliRunner.Result result = CliRunner.run("bmi", dir.resolve("missing.csv").toString(), "1", "1");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("CSV file not found").contains("missing.csv");
  }

  @Test
  void missingArgumentsAreAUsageError() {
    CliRunner.Result result = CliRunner.run("bmi", "file.csv");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("Missing required parameters");
  }
}
