package org.mine4j.estimators.bounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.bound.Scores;
import org.mine4j.api.contract.ContractSamples;

/**
 * TUBA and the interpolated bound I_α (Poole et al. 2019): their values against independent direct
 * implementations of the formulas and against each other at the limits, their ceilings, the true
 * critic, and their gradients (scores and baseline) against finite differences.
 */
class TubaAndInterpolatedBoundTest {
  private static final int K = FiniteDifferences.K;

  @Test
  void tubaWithLogBaselineOneIsNwj() {
    Scores s = FiniteDifferences.randomScores(Negatives.ALL_PAIRS, 2, 1);
    assertThat(TubaBound.fixed(1).value(s)).isCloseTo(new NwjBound().value(s), within(1e-9));
  }

  @Test
  void tubaLearnedMatchesTheFormulaColumnByColumn() {
    Scores s = FiniteDifferences.randomScoresWithBaseline(2, 2);
    double joint = 0;
    double marginal = 0;
    for (int i = 0; i < K; i++) {
      joint += (double) s.value(i * K + i) - s.logBaseline(i);
      for (int j = 0; j < K; j++) {
        if (i != j) {
          marginal += Math.exp((double) s.value(i * K + j) - s.logBaseline(j));
        }
      }
    }
    double expected = 1 + joint / K - marginal / (K * (K - 1.0));
    assertThat(TubaBound.learned().value(s)).isCloseTo(expected, within(1e-9));
  }

  @Test
  void tubaLearnedNeedsBaselineValues() {
    Scores s = FiniteDifferences.randomScores(Negatives.ALL_PAIRS, 1, 3);
    assertThatThrownBy(() -> TubaBound.learned().value(s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseline");
    assertThat(TubaBound.learned().needsBaseline()).isTrue();
    assertThat(TubaBound.fixed(0).needsBaseline()).isFalse();
  }

  @Test
  void interpolatedMatchesADirectImplementationOfTheFormula() {
    for (double alpha : new double[] {0.01, 0.3, 1.0}) {
      Scores s = FiniteDifferences.randomScoresWithBaseline(3, 4);
      assertThat(new InterpolatedBound(alpha).value(s))
          .as("alpha=%s", alpha)
          .isCloseTo(direct(s, alpha), within(1e-9));
    }
  }

  @Test
  void interpolatedTendsToTubaAsAlphaTendsToZero() {
    // At alpha = 1e-12 the InfoNCE branch weighs 1e-12 * e^{O(1)}: the difference is ~1e-11.
    Scores s = FiniteDifferences.randomScoresWithBaseline(2, 5);
    assertThat(new InterpolatedBound(1e-12).value(s))
        .isCloseTo(TubaBound.learned().value(s), within(1e-9));
  }

  @Test
  void interpolatedNeverExceedsItsCeiling() {
    // Joint scores +50, the rest -50: the leave-one-out means of the off-diagonal pairs are then
    // dominated by e^{S_cc} / (K - 1), so the joint term is ln(K - 1) - ln alpha, and the marginal
    // term is ~e^{-50}: the bound reaches 1 + ln(K - 1) - ln alpha, below the ceiling 1 + ln K - ln
    // alpha that it approaches for large K.
    float[] values = new float[K * K];
    for (int i = 0; i < K; i++) {
      for (int j = 0; j < K; j++) {
        values[i * K + j] = i == j ? 50 : -50;
      }
    }
    Scores s = new Scores(values, K, Negatives.ALL_PAIRS, new float[K]);
    InterpolatedBound bound = new InterpolatedBound(0.01);
    double ceiling = bound.ceiling(K).getAsDouble();
    assertThat(ceiling).isCloseTo(1 + Math.log(K) - Math.log(0.01), within(1e-12));
    assertThat(bound.value(s))
        .isLessThanOrEqualTo(ceiling)
        .isCloseTo(1 + Math.log(K - 1) - Math.log(0.01), within(1e-6));
  }

  @Test
  void interpolatedRejectsShuffledScoresAndBadAlpha() {
    assertThatThrownBy(
            () ->
                new InterpolatedBound(0.5)
                    .value(FiniteDifferences.randomScores(Negatives.SHUFFLE, 1, 6)))
        .hasMessageContaining("all-pairs");
    assertThatThrownBy(() -> new InterpolatedBound(0)).hasMessageContaining("(0, 1]");
    assertThatThrownBy(() -> new InterpolatedBound(1.5)).hasMessageContaining("(0, 1]");
  }

  @Test
  void gradientsMatchFiniteDifferences() {
    Scores s = FiniteDifferences.randomScoresWithBaseline(2, 7);
    FiniteDifferences.assertGradientMatchesWithBaseline(TubaBound.learned(), s);
    for (double alpha : new double[] {0.01, 0.5}) {
      FiniteDifferences.assertGradientMatchesWithBaseline(new InterpolatedBound(alpha), s);
    }
    FiniteDifferences.assertGradientMatches(
        new InterpolatedBound(1.0), FiniteDifferences.randomScores(Negatives.ALL_PAIRS, 2, 8));
    FiniteDifferences.assertGradientMatches(
        TubaBound.fixed(0.5), FiniteDifferences.randomScores(Negatives.ALL_PAIRS, 2, 9));
  }

  @Test
  void interpolatedGradientStaysFiniteWhenOneScoreDominatesAColumn() {
    // The leave-one-out sums exclude the dominant score: a naive "total minus own term" would
    // cancel to 0 and give log 0; the prefix/suffix sums and the split-off top row must not.
    float[] values = new float[K * K];
    values[2 * K + 3] = 60;
    Scores s = new Scores(values, K, Negatives.ALL_PAIRS, new float[K]);
    float[] gradient = new float[s.gradientSize()];
    double loss = new InterpolatedBound(0.01).trainingLoss(s, gradient);
    assertThat(loss).isFinite();
    for (float g : gradient) {
      assertThat(g).isFinite();
    }
  }

  // Tolerance 0.08 nats: with the optimal critic log p(y|x)/p(y) and log a = 0 TUBA is unbiased; at
  // K = 1500 the joint term's standard error is sd(log ratio) / sqrt(K) ~ 0.9 / 39 ~ 0.023 and the
  // marginal mean of e^f over K(K-1) pairs has a smaller one (chi^2 = 1.78), so 0.08 is over 3 SE.
  @Test
  void tubaIsUnbiasedAtTheTrueCriticWithUnitBaseline() {
    double rho = 0.8;
    double truth = -0.5 * Math.log(1 - rho * rho);
    int k = 1500;
    SplittableRandom random = new SplittableRandom(11);
    double[] x = new double[k];
    double[] y = new double[k];
    for (int i = 0; i < k; i++) {
      x[i] = ContractSamples.normal(random);
      y[i] = rho * x[i] + Math.sqrt(1 - rho * rho) * ContractSamples.normal(random);
    }
    double q = 1 - rho * rho;
    float[] values = new float[k * k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        values[i * k + j] =
            (float)
                (-0.5 * Math.log(q)
                    - (x[i] * x[i] - 2 * rho * x[i] * y[j] + y[j] * y[j]) / (2 * q)
                    + (x[i] * x[i] + y[j] * y[j]) / 2);
      }
    }
    Scores s = new Scores(values, k, Negatives.ALL_PAIRS, new float[k]);
    assertThat(TubaBound.learned().value(s)).isCloseTo(truth, within(0.08));
    assertThat(TubaBound.fixed(0).value(s)).isCloseTo(truth, within(0.08));
  }

  /** SPEC §2.8 read literally with S'[i][j] = S[j][i] (rows of S' are y), naive sums and logs. */
  private static double direct(Scores s, double alpha) {
    double[][] t = new double[K][K]; // t[i][j] = f(x_j, y_i)
    for (int i = 0; i < K; i++) {
      for (int j = 0; j < K; j++) {
        t[i][j] = s.value(j * K + i);
      }
    }
    double[][] logA = new double[K][K];
    for (int i = 0; i < K; i++) {
      for (int j = 0; j < K; j++) {
        double mean = 0;
        for (int l = 0; l < K; l++) {
          if (l != j) {
            mean += Math.exp(t[i][l]) / (K - 1);
          }
        }
        logA[i][j] = Math.log(alpha * mean + (1 - alpha) * Math.exp(s.logBaseline(i)));
      }
    }
    double joint = 0;
    double marginal = 0;
    for (int i = 0; i < K; i++) {
      for (int j = 0; j < K; j++) {
        if (i != j) {
          joint += t[i][i] - logA[i][j];
          marginal += Math.exp(t[i][j] - logA[i][i]);
        }
      }
    }
    double pairs = K * (K - 1.0);
    return 1 + joint / pairs - marginal / pairs;
  }
}
