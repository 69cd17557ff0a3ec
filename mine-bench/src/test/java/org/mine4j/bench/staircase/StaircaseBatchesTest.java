package org.mine4j.bench.staircase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mine4j.api.data.Samples;

/** Fresh batches with the level's correlation, seeded, and cubed in the cubic variant. */
class StaircaseBatchesTest {
  private final StaircaseProtocol protocol = StaircaseProtocol.standard("concat", false, 1000);

  @Test
  void batchesHaveTheCorrelationOfTheirLevel() {
    // 200 batches x 64 rows x 20 coordinates = 256,000 pairs: the standard error of a sample
    // correlation is (1 - rho^2) / sqrt(n) < 0.002, so 0.01 is over 5 standard errors.
    assertThat(correlation(new StaircaseBatches(protocol, 1), 1))
        .isCloseTo(protocol.rhoFor(2), within(0.01));
    assertThat(correlation(new StaircaseBatches(protocol, 2), 4001))
        .isCloseTo(protocol.rhoFor(10), within(0.01));
  }

  @Test
  void theSameSeedGivesTheSameBatchesAndCubicCubesY() {
    Samples a = new StaircaseBatches(protocol, 7).next(1);
    Samples b = new StaircaseBatches(protocol, 7).next(1);
    Samples cubic =
        new StaircaseBatches(StaircaseProtocol.standard("concat", true, 1000), 7).next(1);
    assertThat(a.xRowMajor()).containsExactly(b.xRowMajor());
    assertThat(a.yRowMajor()).containsExactly(b.yRowMajor());
    assertThat(cubic.xRowMajor()).containsExactly(a.xRowMajor());
    float[] y = a.yRowMajor();
    float[] cubed = cubic.yRowMajor();
    for (int i = 0; i < y.length; i++) {
      // float32 rounding of y before cubing: relative error ~3 * 2^-24.
      assertThat((double) cubed[i])
          .isCloseTo((double) y[i] * y[i] * y[i], within(1e-5 * (1 + Math.abs(cubed[i]))));
    }
  }

  private static double correlation(StaircaseBatches batches, long firstStep) {
    double xy = 0;
    double xx = 0;
    double yy = 0;
    for (long step = firstStep; step < firstStep + 200; step++) {
      Samples s = batches.next(step);
      float[] x = s.xRowMajor();
      float[] y = s.yRowMajor();
      for (int i = 0; i < x.length; i++) {
        xy += x[i] * y[i];
        xx += x[i] * x[i];
        yy += y[i] * y[i];
      }
    }
    return xy / Math.sqrt(xx * yy);
  }
}
