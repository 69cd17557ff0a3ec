package org.mine4j.estimators.bounds;

import static java.lang.Math.E;
import static java.lang.Math.exp;
import static java.lang.Math.log;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.bound.Scores;
import org.mine4j.estimators.bounds.ReMineBound.Distance;

/**
 * Each formula on a hand-made K = 2 score matrix, worked out by hand. All-pairs S = [[2, 0], [1,
 * 3]] (values[i*K + j] = T(x_i, y_j)): joint scores 2 and 3, marginal scores 0 and 1. The shuffle
 * batch {2, 3 | 0, 1} holds the same joint and marginal scores.
 */
class BoundFamilyValueTest {
  private static final Scores ALL = new Scores(new float[] {2, 0, 1, 3}, 2, Negatives.ALL_PAIRS);
  private static final Scores SHUFFLED = new Scores(new float[] {2, 3, 0, 1}, 2, Negatives.SHUFFLE);
  // LME of the marginal scores {0, 1}.
  private static final double LME = log((1 + E) / 2);
  private static final double EXACT = 1e-6; // float scores, double arithmetic

  private static double softplus(double x) {
    return log(1 + exp(x));
  }

  @Test
  void infoNce() {
    // Row 0: 2 - ln(e^2 + e^0); row 1: 3 - ln(e^1 + e^3).
    double expected = log(2) + ((2 - log(exp(2) + 1)) + (3 - log(E + exp(3)))) / 2;
    assertThat(new InfoNceBound().value(ALL)).isCloseTo(expected, within(EXACT));
    assertThat(new InfoNceBound().trainingLoss(ALL, new float[4]))
        .isCloseTo(-expected, within(EXACT));
    assertThat(new InfoNceBound().ceiling(64).getAsDouble()).isEqualTo(log(64));
  }

  @Test
  void infoNceNeverExceedsLnK() {
    Scores certain = new Scores(new float[] {50, -50, -50, 50}, 2, Negatives.ALL_PAIRS);
    assertThat(new InfoNceBound().value(certain)).isCloseTo(log(2), within(1e-12));
    assertThat(new InfoNceBound().value(certain)).isLessThanOrEqualTo(log(2));
  }

  @Test
  void js() {
    // Reported: mean(T_joint + 1) - mean e^{T_marg} = (3 + 4) / 2 - (1 + e) / 2.
    double value = 3.5 - (1 + E) / 2;
    // Trained: -( mean -softplus(-T_joint) - mean softplus(T_marg) ).
    double loss = -((-softplus(-2) - softplus(-3)) / 2 - (softplus(0) + softplus(1)) / 2);
    for (Scores s : new Scores[] {ALL, SHUFFLED}) {
      assertThat(new JsBound().value(s)).isCloseTo(value, within(EXACT));
      assertThat(new JsBound().trainingLoss(s, new float[4])).isCloseTo(loss, within(EXACT));
    }
  }

  @Test
  void jsIsNwjOfTheShiftedCritic() {
    Scores shifted = new Scores(new float[] {3, 1, 2, 4}, 2, Negatives.ALL_PAIRS);
    assertThat(new JsBound().value(ALL)).isCloseTo(new NwjBound().value(shifted), within(EXACT));
  }

  @Test
  void smileClipsOnlyThePartitionTerm() {
    // tau = 0.5 clips the marginal score 1 to 0.5; the joint mean 2.5 is never clipped.
    assertThat(new SmileBound(0.5).value(ALL))
        .isCloseTo(2.5 - log((1 + exp(0.5)) / 2), within(EXACT));
    // tau = 5 clips nothing here, tau = infinity never: both are DV on all pairs.
    assertThat(new SmileBound(5).value(ALL)).isCloseTo(2.5 - LME, within(EXACT));
    assertThat(new SmileBound(Double.POSITIVE_INFINITY).value(ALL))
        .isCloseTo(new DvBound().value(ALL), within(EXACT));
    assertThat(new SmileBound(1).trainingLoss(ALL, new float[4]))
        .isCloseTo(new JsBound().trainingLoss(ALL, new float[4]), within(EXACT));
  }

  @Test
  void smileLowerClipMatters() {
    // Marginal scores {-3, -1} clipped at tau = 2 become {-2, -1}.
    Scores s = new Scores(new float[] {0, -3, -1, 0}, 2, Negatives.ALL_PAIRS);
    assertThat(new SmileBound(2).value(s)).isCloseTo(-log((exp(-2) + exp(-1)) / 2), within(EXACT));
  }

  @Test
  void tauParsing() {
    assertThat(SmileBound.parseTau("inf")).isInfinite();
    assertThat(SmileBound.parseTau("Infinity")).isInfinite();
    assertThat(SmileBound.parseTau("1")).isEqualTo(1.0);
    assertThatThrownBy(() -> new SmileBound(-1)).hasMessage("tau must be positive, found -1.0");
    assertThatThrownBy(() -> new SmileBound(Double.NaN)).hasMessageContaining("tau");
    assertThatThrownBy(() -> SmileBound.parseTau("big")).hasMessageContaining("tau");
  }

  @Test
  void reMineReportsDvAndPenalisesOnlyTheLoss() {
    for (Scores s : new Scores[] {ALL, SHUFFLED}) {
      ReMineBound squared = new ReMineBound(1, 0, Distance.SQUARED);
      assertThat(squared.value(s)).isCloseTo(2.5 - LME, within(EXACT));
      assertThat(squared.trainingLoss(s, new float[4]))
          .isCloseTo(-(2.5 - LME) + LME * LME, within(EXACT));
      ReMineBound absolute = new ReMineBound(0.5, 1, Distance.ABSOLUTE);
      assertThat(absolute.value(s)).isCloseTo(2.5 - LME, within(EXACT));
      assertThat(absolute.trainingLoss(s, new float[4]))
          .isCloseTo(-(2.5 - LME) + 0.5 * Math.abs(LME - 1), within(EXACT));
    }
  }

  @Test
  void reMineJointReportsTheJointTermMinusTheTarget() {
    ReMineBound training = new ReMineBound(1, 0.25, Distance.SQUARED);
    ReMineJointBound joint = new ReMineJointBound(training);
    assertThat(joint.value(SHUFFLED)).isCloseTo(2.5 - 0.25, within(EXACT));
    assertThat(joint.trainingLoss(SHUFFLED, new float[4]))
        .isEqualTo(training.trainingLoss(SHUFFLED, new float[4]));
  }

  @Test
  void reMineOptionsAreValidated() {
    assertThatThrownBy(() -> new ReMineBound(-1, 0, Distance.SQUARED))
        .hasMessageContaining("lambda");
    assertThatThrownBy(() -> new ReMineBound(1, Double.NaN, Distance.SQUARED))
        .hasMessageContaining("target");
    assertThatThrownBy(() -> Distance.parse("cubic")).hasMessageContaining("distance");
    assertThat(Distance.parse("Absolute")).isEqualTo(Distance.ABSOLUTE);
  }

  @Test
  void largeScoresStayFinite() {
    Scores huge = new Scores(new float[] {1000, 900, -800, 1000}, 2, Negatives.ALL_PAIRS);
    float[] gradient = new float[4];
    assertThat(new InfoNceBound().value(huge)).isFinite();
    assertThat(new InfoNceBound().trainingLoss(huge, gradient)).isFinite();
    assertThat(new JsBound().trainingLoss(huge, gradient)).isFinite();
    assertThat(gradient).doesNotContain(Float.NaN);
    assertThat(new SmileBound(5).value(huge))
        .isCloseTo(1000 - log((exp(5) + exp(-5)) / 2), within(1e-9));
    assertThat(new ReMineBound(1, 0, Distance.SQUARED).trainingLoss(huge, gradient)).isFinite();
    assertThat(LogMeanExp.softplus(1000)).isEqualTo(1000.0);
    assertThat(LogMeanExp.softplus(-1000)).isEqualTo(0.0);
    assertThat(LogMeanExp.sigmoid(-1000)).isEqualTo(0.0);
  }
}
