package org.mine4j.estimators.bounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.mine4j.api.bound.Bound;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.bound.Scores;

/** Central finite-difference checks of a bound's training-loss gradient. */
final class FiniteDifferences {
  /**
   * Batch size of the checks: small enough to perturb every score, large enough for K(K-1)
   * off-diagonals.
   */
  static final int K = 6;

  private FiniteDifferences() {}

  /** Uniform scores in [-spread, spread], seeded. */
  static Scores randomScores(Negatives layout, double spread, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] values = new float[layout == Negatives.SHUFFLE ? 2 * K : K * K];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) (spread * (2 * random.nextDouble() - 1));
    }
    return new Scores(values, K, layout);
  }

  // Tolerance 2e-3 (as in GradientTest): float32 scores perturbed by h = 1e-2 and a loss in double
  // give a central difference with truncation error O(h^2 f''') ~ 1e-4 (third derivatives here are
  // O(1): softmax, sigmoid, and the squared penalty with lambda <= 1) and rounding error ~ 1e-7 /
  // h;
  // the gradients themselves are O(1/K) ~ 0.1 or O(1/(K(K-1))) ~ 0.03, so a wrong term (a missing
  // 1/K, a sign, a dropped penalty factor) is off by more than 5e-3.
  static void assertGradientMatches(Bound bound, Scores s) {
    float[] gradient = new float[s.size()];
    bound.trainingLoss(s, gradient);
    float h = 1e-2f;
    for (int p = 0; p < s.size(); p++) {
      float[] plus = copy(s);
      float[] minus = copy(s);
      plus[p] += h;
      minus[p] -= h;
      double numeric =
          (loss(bound, new Scores(plus, K, s.layout()))
                  - loss(bound, new Scores(minus, K, s.layout())))
              / (2 * h);
      assertThat((double) gradient[p])
          .as("%s, %s: d loss / d score %d", bound.name(), s.layout(), p)
          .isCloseTo(numeric, within(2e-3));
    }
  }

  private static double loss(Bound bound, Scores s) {
    return bound.trainingLoss(s, new float[s.gradientSize()]);
  }

  private static float[] copy(Scores s) {
    float[] values = new float[s.size()];
    for (int q = 0; q < s.size(); q++) {
      values[q] = s.value(q);
    }
    return values;
  }

  /** Uniform all-pairs scores and baseline values in [-spread, spread], seeded. */
  static Scores randomScoresWithBaseline(double spread, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] values = new float[K * K];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) (spread * (2 * random.nextDouble() - 1));
    }
    float[] baseline = new float[K];
    for (int j = 0; j < K; j++) {
      baseline[j] = (float) (spread * (2 * random.nextDouble() - 1));
    }
    return new Scores(values, K, Negatives.ALL_PAIRS, baseline);
  }

  /**
   * As {@link #assertGradientMatches} for scores with a baseline: also checks d loss / d log a(y_j)
   * at gradient index size() + j, with the same tolerance and the same reasoning.
   */
  static void assertGradientMatchesWithBaseline(Bound bound, Scores s) {
    float[] gradient = new float[s.gradientSize()];
    bound.trainingLoss(s, gradient);
    float h = 1e-2f;
    for (int p = 0; p < s.gradientSize(); p++) {
      double numeric =
          (loss(bound, perturbed(s, p, h)) - loss(bound, perturbed(s, p, -h))) / (2 * h);
      assertThat((double) gradient[p])
          .as("%s: d loss / d %s %d", bound.name(), p < s.size() ? "score" : "baseline", p)
          .isCloseTo(numeric, within(2e-3));
    }
  }

  private static Scores perturbed(Scores s, int p, float h) {
    float[] values = copy(s);
    float[] baseline = new float[s.batchSize()];
    for (int j = 0; j < baseline.length; j++) {
      baseline[j] = s.logBaseline(j);
    }
    if (p < s.size()) {
      values[p] += h;
    } else {
      baseline[p - s.size()] += h;
    }
    return new Scores(values, s.batchSize(), s.layout(), baseline);
  }
}
