package org.mine4j.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.mine4j.api.TrainingListener;
import org.mine4j.api.TrainingStatus;
import org.mine4j.bench.gaussian.GaussianRun;

class GaussianProgressTest {
  private static GaussianRun run(double rho, String estimator, double estimate) {
    return new GaussianRun(
        rho,
        0.1438,
        estimator,
        1,
        2,
        3,
        OptionalDouble.of(estimate),
        0,
        1,
        OptionalLong.empty(),
        "DV",
        100,
        1.2,
        Map.of());
  }

  private static TrainingStatus step(long step) {
    return new TrainingStatus(step, 100, 0, 0, OptionalDouble.empty());
  }

  @Test
  void inALogEachFinishedRunIsOnePlainLine() {
    StringWriter text = new StringWriter();
    GaussianProgress progress = new GaussianProgress(new PrintWriter(text), ProgressStyle.LINES, 2);

    progress.listener(0.5, "mine").onStep(step(10));
    progress.finished(run(0.5, "mine", 0.14));
    progress.finish();

    assertThat(text.toString())
        .isEqualTo(
            "[1/2] mine rho=0.500 (true 0.1438): 0.1400 nats in 1.2 s\n"
                .replace("\n", System.lineSeparator()));
  }

  @Test
  void onATerminalTheBarMovesWithTheTrainingSteps() {
    StringWriter text = new StringWriter();
    GaussianProgress progress = new GaussianProgress(new PrintWriter(text), ProgressStyle.BAR, 2);
    TrainingListener listener = progress.listener(0.5, "mine");

    listener.onStep(step(50));

    // One run of two half done: a quarter of the work.
    assertThat(progress.fraction()).isEqualTo(0.25);
    assertThat(text.toString())
        .startsWith("\rbench gaussian [########......................] 0/2 runs  25%")
        .contains("| mine rho=0.500 step 50/100");
    progress.finished(run(0.5, "mine", 0.14));
    assertThat(progress.fraction()).isEqualTo(0.5);
    assertThat(text.toString()).contains("1/2 runs  50%").contains("mine rho=0.500: 0.1400 nats");
    progress.finish();
    assertThat(text.toString()).endsWith(System.lineSeparator());
  }

  @Test
  void withNoProgressNothingIsWritten() {
    StringWriter text = new StringWriter();
    GaussianProgress progress = new GaussianProgress(new PrintWriter(text), ProgressStyle.NONE, 1);

    progress.listener(0.5, "mine").onStep(step(50));
    progress.finished(run(0.5, "mine", 0.14));
    progress.finish();

    assertThat(text.toString()).isEmpty();
  }
}
