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
 * {@code mine4j experiment}: exit codes, the files and CSV columns, errors for unknown names and
 * bad options, and reproducibility. Runs use tiny N and training budgets: they check the wiring,
 * not the science.
 */
class ExperimentCommandTest {
  @TempDir Path dir;

  @Test
  void mineVsKsgWritesItsCsvAndOnePlotPerDimension() throws IOException {
    CliRunner.Result result =
        CliRunner.run(
            "experiment",
            "mine-vs-ksg",
            "-o",
            "dims=1,3",
            "-o",
            "rhos=-0.5,0.5",
            "-o",
            "n=300",
            "-o",
            "estimators=gaussian,ksg",
            "--out",
            dir.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    Path out = dir.resolve("mine-vs-ksg");
    assertThat(result.out())
        .contains("d = 1", "d = 3", "gaussian", "ksg", "MAE")
        .contains("wrote " + out.resolve("mine-vs-ksg.csv"))
        .contains("wrote " + out.resolve("mine-vs-ksg-d1.png"))
        .contains("wrote " + out.resolve("mine-vs-ksg-d3.png"));
    List<String> lines = Files.readAllLines(out.resolve("mine-vs-ksg.csv"));
    assertThat(lines.get(0)).isEqualTo("dim,rho,true_mi,estimator,estimate,abs_error,seconds");
    assertThat(lines).hasSize(1 + 2 * 2 * 2);
    assertThat(lines.get(1)).startsWith("1,-0.5,0.143841036").contains(",gaussian,");
    assertThat(Files.readAllBytes(out.resolve("mine-vs-ksg-d3.png")))
        .startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void nonlinearWritesItsCsvAndHeatMap() throws IOException {
    CliRunner.Result result =
        CliRunner.run(
            "experiment",
            "nonlinear",
            "-o",
            "functions=x,sin",
            "-o",
            "sigmas=0.5,1",
            "-o",
            "n=300",
            "-o",
            "estimator=ksg",
            "--out",
            dir.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    Path out = dir.resolve("nonlinear");
    assertThat(result.out()).contains("within 10% of the truth:").contains("wrote ");
    List<String> lines = Files.readAllLines(out.resolve("nonlinear.csv"));
    assertThat(lines.get(0))
        .isEqualTo("function,sigma,true_mi,estimator,estimate,relative_error,seconds");
    assertThat(lines).hasSize(1 + 2 * 2);
    assertThat(lines.get(1)).startsWith("x,0.5,").contains(",ksg,");
    assertThat(Files.readAllBytes(out.resolve("nonlinear.png"))).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void theSameSeedGivesTheSameNumbers() throws IOException {
    String[] args = {
      "experiment",
      "mine-vs-ksg",
      "-o",
      "dims=2",
      "-o",
      "rhos=0.6",
      "-o",
      "n=400",
      "-o",
      "estimators=mine,ksg",
      "-o",
      "steps=30",
      "-o",
      "batch-size=32",
      "-o",
      "hidden=8",
      "--seed",
      "7",
      "--out"
    };
    List<String> first = withoutSeconds(run(args, dir.resolve("a")));
    List<String> second = withoutSeconds(run(args, dir.resolve("b")));

    assertThat(first).hasSize(3).isEqualTo(second);
  }

  @Test
  void withoutANameItListsTheExperimentsOfEveryModule() {
    CliRunner.Result result = CliRunner.run("experiment");

    assertThat(result.exitCode()).as(result.err()).isZero();
    // dl4j-encoders comes from mine-dl4j's plugin, outside mine-bench.
    assertThat(result.out()).contains("mine-vs-ksg", "nonlinear", "dl4j-encoders");
  }

  @Test
  void anExperimentOfAnotherModuleRunsThroughItsContext() {
    CliRunner.Result result =
        CliRunner.run(
            "experiment",
            "dl4j-encoders",
            "-o",
            "steps=20",
            "-o",
            "eval-every=10",
            "--out",
            dir.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    Path csv = dir.resolve("dl4j-encoders").resolve("dl4j-encoders.csv");
    assertThat(result.out()).contains("maximise I(z; y)").contains("wrote " + csv);
    assertThat(csv).exists();
  }

  @Test
  void anUnknownExperimentExitsTwoWithASuggestion() {
    CliRunner.Result result = CliRunner.run("experiment", "mine-vs-ksq", "--out", dir.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .contains("unknown experiment 'mine-vs-ksq'; did you mean 'mine-vs-ksg'?")
        .contains("known: ")
        .contains("nonlinear");
  }

  @Test
  void badOptionsExitTwoNamingTheOption() {
    assertThat(usageError("mine-vs-ksg", "-o", "dimz=2"))
        .contains("unknown option 'dimz' for experiment 'mine-vs-ksg'; did you mean 'dims'?");
    assertThat(usageError("mine-vs-ksg", "-o", "rhos=0.5,1.0")).contains("rho must be in (-1, 1)");
    assertThat(usageError("mine-vs-ksg", "-o", "rhos=0.5", "-o", "points=3"))
        .contains("give either rhos or points and rho-max");
    assertThat(usageError("mine-vs-ksg", "-o", "dims=two"))
        .contains("option 'dims' must be a comma-separated list of integers");
    assertThat(usageError("mine-vs-ksg", "-o", "estimators=mine,ksq"))
        .contains("unknown estimator 'ksq'; did you mean 'ksg'?");
    assertThat(usageError("nonlinear", "-o", "functions=x,tan"))
        .contains("functions must be among x, cube, sin, found 'tan'");
    assertThat(usageError("nonlinear", "-o", "steps=0")).contains("steps must be at least 1");
  }

  private String usageError(String... args) {
    List<String> all = new ArrayList<>(List.of("experiment"));
    all.addAll(List.of(args));
    all.addAll(List.of("--out", dir.toString()));
    CliRunner.Result result = CliRunner.run(all.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(dir.resolve(args[0])).doesNotExist();
    return result.err();
  }

  private List<String> run(String[] args, Path out) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    all.add(out.toString());
    CliRunner.Result result = CliRunner.run(all.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.err()).isZero();
    return Files.readAllLines(out.resolve("mine-vs-ksg").resolve("mine-vs-ksg.csv"));
  }

  /** The CSV lines without their last column (wall time). */
  private static List<String> withoutSeconds(List<String> lines) {
    return lines.stream().map(line -> line.substring(0, line.lastIndexOf(','))).toList();
  }
}
