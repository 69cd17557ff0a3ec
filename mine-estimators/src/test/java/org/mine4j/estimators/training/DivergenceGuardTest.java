package org.mine4j.estimators.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.NonFiniteLossException;

/** Finite divergence ends a run as a non-finite loss does: step, last sound estimate, the fix. */
class DivergenceGuardTest {
  @Test
  void theBoundLimitIsTenTimesOnePlusLnK() {
    assertThat(DivergenceGuard.boundLimit(256)).isCloseTo(10 * (1 + Math.log(256)), within(1e-12));
  }

  @Test
  void aSoundNoisyRunPasses() {
    // Losses around -0.8 with noise of 0.3, as a healthy MINE run on a 0.8-nat task.
    DivergenceGuard guard = new DivergenceGuard(256, 5e-4);
    SplittableRandom random = new SplittableRandom(1);
    for (long step = 1; step <= 5000; step++) {
      double bound = 0.8 + 0.3 * (random.nextDouble() - 0.5);
      guard.check(step, -bound, bound);
    }
    guard.checkHeldOut(5000, 0.78, 1000);
    assertThat(guard.lastSoundEstimate()).isPresent();
  }

  @Test
  void aBoundFarOutsideWhatTheBatchAllowsIsDivergence() {
    DivergenceGuard guard = new DivergenceGuard(256, 10);
    guard.check(1, 0.02, -0.02);
    for (int step = 2; step <= 10; step++) {
      guard.check(step, 64715.3, -64715.3); // nine steps out: not yet
    }
    assertThatThrownBy(() -> guard.check(11, 64715.3, -64715.3))
        .isInstanceOfSatisfying(
            NonFiniteLossException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.NON_FINITE_LOSS);
              assertThat(e.step()).isEqualTo(11);
              assertThat(e.lastFiniteEstimate().getAsDouble()).isEqualTo(-0.02);
            })
        .hasMessageContaining("training diverged at step 11")
        .hasMessageContaining("for 10 steps in a row")
        .hasMessageContaining("-64715.3 nats")
        .hasMessageContaining("±65.5")
        .hasMessageContaining("lower the learning rate (now 10; try -o learning-rate=1)");
  }

  @Test
  void oneWildBatchAmongSoundOnesIsNotDivergence() {
    // bmi's Student-t task with one degree of freedom (bench run's 16-8 critic, K = 128, limit
    // 58.5) gave DV batches of -230 and -103 nats for a few steps of runs that then recovered:
    // transient excursions pass, and the last sound estimate is the last step inside the limit.
    DivergenceGuard guard = new DivergenceGuard(128, 0.005);
    for (int step = 1; step <= 420; step++) {
      double bound = step % 50 == 0 ? -230.3 : 0.1;
      guard.check(step, -bound, bound);
    }
    for (int step = 421; step < 421 + DivergenceGuard.PERSISTENCE - 1; step++) {
      guard.check(step, 230.3, -230.3);
    }
    assertThat(guard.lastSoundEstimate().getAsDouble()).isEqualTo(0.1);
  }

  @Test
  void aLossExplodingAgainstItsHistoryIsDivergenceEvenWithASaneBound() {
    DivergenceGuard guard = new DivergenceGuard(256, 0.01);
    for (long step = 1; step <= 50; step++) {
      guard.check(step, 0.5, 0.5);
    }
    // 1000 x (1 + median 0.5) = 1500: a loss of 2000 exploded, though the bound stayed at 1.
    assertThatThrownBy(() -> guard.check(51, 2000, 1.0))
        .isInstanceOf(NonFiniteLossException.class)
        .hasMessageContaining("the loss jumped to 2000");
    guard.check(51, 1400, 1.0);
  }

  @Test
  void aHeldOutEstimateBelowMinusLnNIsDivergence() {
    DivergenceGuard guard = new DivergenceGuard(256, 0.1);
    guard.check(1, -0.4, 0.4);
    guard.checkHeldOut(250, -Math.log(1000) + 1e-9, 1000);
    assertThatThrownBy(() -> guard.checkHeldOut(250, -8.65, 1000))
        .isInstanceOfSatisfying(
            NonFiniteLossException.class, e -> assertThat(e.step()).isEqualTo(250))
        .hasMessageContaining("below −ln N = -6.908 for N = 1000 held-out rows")
        .hasMessageContaining("last sound estimate 0.4000 nats")
        .hasMessageContaining("try -o learning-rate=0.01");
  }
}
