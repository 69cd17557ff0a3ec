package org.mine4j.bench.staircase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Bias, variance and MSE over the last window of each level, and divergence. */
class LevelStatisticsTest {
  private final StaircaseProtocol protocol =
      new StaircaseProtocol(20, 64, List.of(2.0, 4.0), 10, 4, 5e-4, "8", "concat", false);

  private static StaircaseRun run(float[] estimates, OptionalLong diverged) {
    return new StaircaseRun(
        "x", "bound", OptionalDouble.empty(), estimates, diverged, "", estimates.length, 1.0);
  }

  @Test
  void windowStatisticsAreTheMeanErrorAndPopulationVarianceOfTheLastSteps() {
    float[] estimates = new float[20];
    Arrays.fill(estimates, 100f); // outside the windows: must not count
    // Level 1 window (steps 7..10): 2.5 +- 1 -> bias 0.5, variance 1, MSE 1.25.
    estimates[6] = 1.5f;
    estimates[7] = 3.5f;
    estimates[8] = 1.5f;
    estimates[9] = 3.5f;
    // Level 2 window (steps 17..20): constant 3.0 -> bias -1, variance 0, MSE 1.
    Arrays.fill(estimates, 16, 20, 3.0f);
    List<LevelStatistics> levels =
        LevelStatistics.of(protocol, run(estimates, OptionalLong.empty()));
    assertThat(levels).hasSize(2);
    assertThat(levels.get(0).bias()).isCloseTo(0.5, within(1e-9));
    assertThat(levels.get(0).variance()).isCloseTo(1.0, within(1e-9));
    assertThat(levels.get(0).mse()).isCloseTo(1.25, within(1e-9));
    assertThat(levels.get(1).bias()).isCloseTo(-1.0, within(1e-9));
    assertThat(levels.get(1).variance()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void levelsAfterADivergenceHaveNoStatistics() {
    float[] estimates = new float[20];
    Arrays.fill(estimates, 2f);
    Arrays.fill(estimates, 14, 20, Float.NaN); // diverged at step 15
    List<LevelStatistics> levels =
        LevelStatistics.of(protocol, run(estimates, OptionalLong.of(15)));
    assertThat(levels.get(0).available()).isTrue();
    assertThat(levels.get(0).bias()).isCloseTo(0.0, within(1e-9));
    assertThat(levels.get(1).available()).isFalse();
  }
}
