package org.mine4j.bench.staircase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The EWM equals pandas' ewm(span).mean() with adjust=True. */
class EwmTest {
  @Test
  void matchesTheAdjustedWeightedMean() {
    // span 3: alpha = 0.5, weights 1, 0.5, 0.25 on the newest first:
    // (2 + 0.5) / 1.5 = 1.6667; (3 + 1 + 0.25) / 1.75 = 2.428571 (pandas gives the same).
    double[] smoothed = Ewm.smooth(new float[] {1, 2, 3}, 3);
    assertThat(smoothed[0]).isCloseTo(1.0, within(1e-12));
    assertThat(smoothed[1]).isCloseTo(5.0 / 3, within(1e-12));
    assertThat(smoothed[2]).isCloseTo(4.25 / 1.75, within(1e-12));
  }

  @Test
  void aConstantStaysConstantAndNonFiniteValuesStayMissing() {
    double[] smoothed = Ewm.smooth(new float[] {4, 4, 4, Float.NaN}, 200);
    assertThat(smoothed[2]).isCloseTo(4.0, within(1e-12));
    assertThat(smoothed[3]).isNaN();
  }
}
