package org.mine4j.estimators.bounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mine4j.api.bound.Bound;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.bound.Scores;

/**
 * Each bound's score gradient against central finite differences of its loss, and MINE's
 * moving-average rules.
 */
class GradientTest {
  private static Scores randomScores(int k, Negatives layout, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] values = new float[layout == Negatives.SHUFFLE ? 2 * k : k * k];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) (2 * random.nextDouble() - 1);
    }
    return new Scores(values, k, layout);
  }

  private static double loss(Bound bound, Scores s) {
    return bound.trainingLoss(s, new float[s.size()]);
  }

  // Tolerance 2e-3: float32 scores perturbed by h = 1e-2 and a loss evaluated in double give a
  // central difference
  // with truncation error O(h^2) ~ 1e-4 and rounding error ~ 1e-7 / h; gradients here are O(1/K) ~
  // 0.1.
  private static void assertGradientMatches(Bound bound, Negatives layout) {
    Scores s = randomScores(6, layout, 42);
    float[] gradient = new float[s.size()];
    bound.trainingLoss(s, gradient);
    float h = 1e-2f;
    for (int p = 0; p < s.size(); p++) {
      float[] plus = new float[s.size()];
      float[] minus = new float[s.size()];
      for (int q = 0; q < s.size(); q++) {
        plus[q] = s.value(q);
        minus[q] = s.value(q);
      }
      plus[p] += h;
      minus[p] -= h;
      double numeric =
          (loss(bound, new Scores(plus, 6, layout)) - loss(bound, new Scores(minus, 6, layout)))
              / (2 * h);
      assertThat((double) gradient[p])
          .as("d loss / d score %d", p)
          .isCloseTo(numeric, within(2e-3));
    }
  }

  @Test
  void dvGradientMatchesFiniteDifferences() {
    assertGradientMatches(new DvBound(), Negatives.SHUFFLE);
    assertGradientMatches(new DvBound(), Negatives.ALL_PAIRS);
  }

  @Test
  void nwjGradientMatchesFiniteDifferences() {
    assertGradientMatches(new NwjBound(), Negatives.SHUFFLE);
    assertGradientMatches(new NwjBound(), Negatives.ALL_PAIRS);
  }

  @Test
  void mineWithFullRateIsTheDvGradient() {
    // alpha = 1: the moving average is the current batch's partition function, i.e. the plain DV
    // gradient.
    Scores s = randomScores(8, Negatives.SHUFFLE, 7);
    float[] dv = new float[s.size()];
    float[] mine = new float[s.size()];
    double dvLoss = new DvBound().trainingLoss(s, dv);
    double mineLoss = new MineBound(1.0).trainingLoss(s, mine);
    assertThat(mineLoss).isEqualTo(dvLoss);
    for (int p = 0; p < s.size(); p++) {
      assertThat(mine[p]).isCloseTo(dv[p], within(1e-6f));
    }
  }

  @Test
  void movingAverageFollowsItsRecursionInLogSpace() {
    MineBound mine = new MineBound(0.1);
    Scores first = randomScores(8, Negatives.SHUFFLE, 1);
    Scores second = randomScores(8, Negatives.SHUFFLE, 2);
    mine.trainingLoss(first, new float[first.size()]);
    double m1 = Math.exp(LogMeanExp.ofMarginals(first));
    assertThat(Math.exp(mine.logMovingAverage())).isCloseTo(m1, within(1e-9));
    mine.trainingLoss(second, new float[second.size()]);
    double m2 = 0.9 * m1 + 0.1 * Math.exp(LogMeanExp.ofMarginals(second));
    assertThat(Math.exp(mine.logMovingAverage())).isCloseTo(m2, within(1e-9));
  }

  @Test
  void evaluationDoesNotTouchTheMovingAverage() {
    MineBound mine = new MineBound(0.01);
    Scores s = randomScores(8, Negatives.SHUFFLE, 3);
    mine.trainingLoss(s, new float[s.size()]);
    double before = mine.logMovingAverage();
    mine.value(randomScores(8, Negatives.SHUFFLE, 4));
    assertThat(mine.logMovingAverage()).isEqualTo(before);
  }

  @Test
  void logMeanExpIsStableForLargeScores() {
    float[] values = {0f, 0f, 1000f, 1000f};
    Scores s = new Scores(values, 2, Negatives.SHUFFLE);
    assertThat(LogMeanExp.ofMarginals(s)).isCloseTo(1000.0, within(1e-9));
    assertThat(new DvBound().value(s)).isCloseTo(-1000.0, within(1e-9));
  }
}
