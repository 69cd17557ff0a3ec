package org.mine4j.estimators.bounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.mine4j.estimators.bounds.FiniteDifferences.assertGradientMatches;
import static org.mine4j.estimators.bounds.FiniteDifferences.randomScores;

import org.junit.jupiter.api.Test;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.bound.Scores;
import org.mine4j.estimators.bounds.ReMineBound.Distance;

/**
 * The training-loss gradients of InfoNCE, JS, SMILE, ReMINE and ReMINE-J against central finite
 * differences, for every layout each bound accepts.
 */
class BoundFamilyGradientTest {
  @Test
  void infoNceGradientMatchesFiniteDifferences() {
    assertGradientMatches(new InfoNceBound(), randomScores(Negatives.ALL_PAIRS, 2, 1));
    assertGradientMatches(new InfoNceBound(), randomScores(Negatives.ALL_PAIRS, 5, 2));
  }

  @Test
  void infoNceRejectsShuffledScores() {
    Scores s = randomScores(Negatives.SHUFFLE, 1, 3);
    assertThatThrownBy(() -> new InfoNceBound().value(s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("all-pairs");
  }

  @Test
  void infoNceGradientRowsSumToZero() {
    // The softmax gradient of each row sums to zero: InfoNCE is invariant to adding c_i to row i.
    Scores s = randomScores(Negatives.ALL_PAIRS, 3, 4);
    float[] gradient = new float[s.size()];
    new InfoNceBound().trainingLoss(s, gradient);
    for (int i = 0; i < FiniteDifferences.K; i++) {
      double sum = 0;
      for (int j = 0; j < FiniteDifferences.K; j++) {
        sum += gradient[i * FiniteDifferences.K + j];
      }
      assertThat(sum).isCloseTo(0.0, within(1e-6));
    }
  }

  @Test
  void jsGradientMatchesFiniteDifferences() {
    for (Negatives layout : Negatives.values()) {
      assertGradientMatches(new JsBound(), randomScores(layout, 2, 5));
      assertGradientMatches(new JsBound(), randomScores(layout, 6, 6));
    }
  }

  @Test
  void smileGradientMatchesFiniteDifferences() {
    for (Negatives layout : Negatives.values()) {
      assertGradientMatches(new SmileBound(1), randomScores(layout, 3, 7));
      assertGradientMatches(new SmileBound(Double.POSITIVE_INFINITY), randomScores(layout, 3, 8));
    }
  }

  @Test
  void reMineGradientMatchesFiniteDifferences() {
    for (Negatives layout : Negatives.values()) {
      assertGradientMatches(new ReMineBound(1, 0, Distance.SQUARED), randomScores(layout, 2, 9));
      assertGradientMatches(
          new ReMineBound(0.1, -0.7, Distance.SQUARED), randomScores(layout, 2, 10));
      assertGradientMatches(
          new ReMineJointBound(new ReMineBound(1, 0.3, Distance.SQUARED)),
          randomScores(layout, 2, 11));
    }
  }

  @Test
  void reMineAbsoluteGradientMatchesAwayFromTheKink() {
    for (Negatives layout : Negatives.values()) {
      Scores s = randomScores(layout, 2, 12);
      double target = 1.5;
      // |LME - C| well above the perturbation's effect on LME (h / M <= 5e-3): no kink in reach.
      assertThat(Math.abs(LogMeanExp.ofMarginals(s) - target)).isGreaterThan(0.05);
      assertGradientMatches(new ReMineBound(1, target, Distance.ABSOLUTE), s);
    }
  }

  @Test
  void zeroLambdaIsTheDvGradient() {
    Scores s = randomScores(Negatives.SHUFFLE, 2, 13);
    float[] dv = new float[s.size()];
    float[] remine = new float[s.size()];
    double dvLoss = new DvBound().trainingLoss(s, dv);
    double remineLoss = new ReMineBound(0, 0, Distance.SQUARED).trainingLoss(s, remine);
    assertThat(remineLoss).isCloseTo(dvLoss, within(1e-12));
    for (int p = 0; p < s.size(); p++) {
      assertThat(remine[p]).isCloseTo(dv[p], within(1e-7f));
    }
  }
}
