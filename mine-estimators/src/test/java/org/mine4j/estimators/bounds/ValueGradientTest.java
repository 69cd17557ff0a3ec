package org.mine4j.estimators.bounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mine4j.estimators.bounds.FiniteDifferences.K;
import static org.mine4j.estimators.bounds.FiniteDifferences.randomScores;
import static org.mine4j.estimators.bounds.FiniteDifferences.randomScoresWithBaseline;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.mine4j.api.bound.Bound;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.bound.Scores;

/**
 * The gradient of every bound's reported value with respect to its scores (and to the learned
 * baseline's log a(y_j)) against central finite differences of {@link Bound#value}; the value
 * gradient is pure, and the model-side gradient is the value gradient except for MINE, whose
 * moving-average corrected gradient it reads but never advances.
 *
 * <p>Tolerance 2e-3, for the reasons given in {@link FiniteDifferences}: float32 scores perturbed
 * by 1e-2, a value computed in double, O(1) third derivatives, and gradients of O(1/K) or
 * O(1/(K(K-1))), so that a wrong term is off by more than 5e-3.
 */
class ValueGradientTest {
  private static final List<Supplier<Bound>> BOTH_LAYOUTS =
      List.of(
          DvBound::new,
          () -> new MineBound(0.01),
          NwjBound::new,
          JsBound::new,
          () -> new SmileBound(5),
          () -> new SmileBound(0.8),
          () -> new ReMineBound(1, 0.2, ReMineBound.Distance.SQUARED),
          () -> new ReMineJointBound(new ReMineBound(1, 0.2, ReMineBound.Distance.SQUARED)),
          () -> TubaBound.fixed(0.3));

  @Test
  void valueGradientsMatchFiniteDifferencesInBothLayouts() {
    long seed = 100;
    for (Supplier<Bound> make : BOTH_LAYOUTS) {
      for (Negatives layout : Negatives.values()) {
        // With spread 2, SMILE's clip at +-0.8 is active for part of the scores (gradient 0
        // there); a score within h of the kink would break the central difference, and these
        // seeds have none.
        assertValueGradient(make.get(), randomScores(layout, 2, seed++));
      }
    }
  }

  @Test
  void allPairsBoundsMatchFiniteDifferences() {
    assertValueGradient(new InfoNceBound(), randomScores(Negatives.ALL_PAIRS, 3, 201));
    assertValueGradient(new InterpolatedBound(1), randomScores(Negatives.ALL_PAIRS, 2, 202));
    assertValueGradient(TubaBound.learned(), randomScoresWithBaseline(2, 203));
    assertValueGradient(new InterpolatedBound(0.01), randomScoresWithBaseline(2, 204));
    assertValueGradient(new InterpolatedBound(0.5), randomScoresWithBaseline(2, 205));
  }

  @Test
  void theModelGradientIsTheValueGradientForEveryBoundButMine() {
    for (Supplier<Bound> make : BOTH_LAYOUTS.subList(2, BOTH_LAYOUTS.size())) {
      Bound bound = make.get();
      Scores s = randomScores(Negatives.SHUFFLE, 2, 301);
      float[] value = new float[s.gradientSize()];
      float[] model = new float[s.gradientSize()];
      bound.valueGradient(s, value);
      bound.modelGradient(s, model);
      assertThat(model).as(bound.name()).containsExactly(value);
    }
  }

  @Test
  void mineModelGradientUsesTheMovingAverageWithoutAdvancingIt() {
    MineBound mine = new MineBound(0.1);
    Scores first = randomScores(Negatives.SHUFFLE, 2, 401);
    float[] before = new float[first.size()];
    float[] dv = new float[first.size()];
    mine.modelGradient(first, before);
    new DvBound().valueGradient(first, dv);
    // Before any critic step there is no average: the batch's own partition estimate is used.
    assertThat(before).containsExactly(dv);
    assertThat(Double.isNaN(mine.logMovingAverage())).isTrue();

    mine.trainingLoss(first, new float[first.size()]);
    Scores second = randomScores(Negatives.SHUFFLE, 2, 402);
    mine.trainingLoss(second, new float[second.size()]);
    double average = mine.logMovingAverage();
    Scores query = randomScores(Negatives.SHUFFLE, 2, 403);
    float[] corrected = new float[query.size()];
    double value = mine.modelGradient(query, corrected);
    mine.modelGradient(query, corrected);

    assertThat(mine.logMovingAverage()).isEqualTo(average);
    assertThat(value).isEqualTo(mine.value(query));
    double m = query.marginalCount();
    for (int i = 0; i < K; i++) {
      assertThat(corrected[query.jointIndex(i)]).isEqualTo(1f / K);
    }
    for (int q = 0; q < query.marginalCount(); q++) {
      // -e^{T_q} / (M m_t), m_t the average of the two critic steps (float32: 1e-6 relative).
      double expected = -Math.exp(query.marginal(q) - average) / m;
      assertThat((double) corrected[query.marginalIndex(q)])
          .isCloseTo(expected, within(1e-6 * Math.abs(expected) + 1e-9));
    }
  }

  private static void assertValueGradient(Bound bound, Scores s) {
    float[] gradient = new float[s.gradientSize()];
    double value = bound.valueGradient(s, gradient);
    assertThat(value).as(bound.name()).isEqualTo(bound.value(s), within(1e-12));
    float h = 1e-2f;
    for (int p = 0; p < s.gradientSize(); p++) {
      double numeric =
          (bound.value(perturbed(s, p, h)) - bound.value(perturbed(s, p, -h))) / (2 * h);
      assertThat((double) gradient[p])
          .as(
              "%s, %s: d value / d %s %d",
              bound.name(), s.layout(), p < s.size() ? "score" : "log a", p)
          .isCloseTo(numeric, within(2e-3));
    }
  }

  private static Scores perturbed(Scores s, int p, float h) {
    float[] values = new float[s.size()];
    for (int q = 0; q < values.length; q++) {
      values[q] = s.value(q);
    }
    float[] baseline = null;
    if (s.hasBaseline()) {
      baseline = new float[s.batchSize()];
      for (int j = 0; j < baseline.length; j++) {
        baseline[j] = s.logBaseline(j);
      }
    }
    if (p < s.size()) {
      values[p] += h;
    } else {
      baseline[p - s.size()] += h;
    }
    return new Scores(values, s.batchSize(), s.layout(), baseline);
  }
}
