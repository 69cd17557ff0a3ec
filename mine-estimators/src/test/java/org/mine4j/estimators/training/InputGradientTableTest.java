package org.mine4j.estimators.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mine4j.api.bound.Bound;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.bound.Scores;
import org.mine4j.api.data.Samples;
import org.mine4j.api.network.PairIndex;
import org.mine4j.api.network.StatisticsNetwork;
import org.mine4j.estimators.bounds.DvBound;
import org.mine4j.estimators.bounds.InfoNceBound;
import org.mine4j.estimators.bounds.InterpolatedBound;
import org.mine4j.estimators.bounds.JsBound;
import org.mine4j.estimators.bounds.MineBound;
import org.mine4j.estimators.bounds.NwjBound;
import org.mine4j.estimators.bounds.ReMineBound;
import org.mine4j.estimators.bounds.ReMineJointBound;
import org.mine4j.estimators.bounds.SmileBound;
import org.mine4j.estimators.bounds.TubaBound;
import org.mine4j.estimators.critic.Activation;
import org.mine4j.estimators.critic.BaselineMlp;
import org.mine4j.estimators.critic.ConcatMlpCritic;
import org.mine4j.estimators.critic.samediff.SameDiffCritic;
import org.mine4j.estimators.critic.samediff.SameDiffMlp;
import org.mine4j.estimators.critic.separable.SeparableCritic;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * dI/dx and dI/dy through the whole chain — the bound's value gradient with respect to the scores,
 * back through the critic (and the learned baseline a(y) of TUBA and I_alpha) to the sample rows —
 * against central finite differences of the bound's value, for every critic x negatives layout x
 * bound. The maximum error of each cell is written to {@code target/input-gradients.md}.
 *
 * <p>Networks are small tanh MLPs (smooth, so finite differences are exact up to truncation), K = 6
 * rows of 2 + 2 dimensions uniform in [-1, 1], fixed negatives. Error measure: max over all entries
 * of |analytic - numeric| / max(max |numeric|, 0.01). Tolerance 1e-2: the scores are float32
 * (relative rounding 6e-8 on O(1) values), so a central difference with step h = 5e-3 carries a
 * rounding error of about 1e-7 / h = 2e-5 per value and a truncation error h^2/6 |f'''| of about
 * 4e-6 with O(1) third derivatives; the value gradients are O(1/K) to O(1/K^2) = 0.03, so the
 * relative error of a correct gradient stays below 2e-3, while a wrong chain-rule term (a missing
 * baseline share, a pair scattered to the wrong row, a dropped 1/K) is off by more than 10%.
 */
class InputGradientTableTest {
  private static final int K = 6;
  private static final int DIM = 2;
  private static final float STEP = 5e-3f;
  private static final double TOLERANCE = 1e-2;
  private static final Map<String, Double> TABLE = new LinkedHashMap<>();

  private record Case(String name, Supplier<Bound> bound, boolean allPairsOnly) {}

  private static List<Case> bounds() {
    return List.of(
        new Case("dv", DvBound::new, false),
        new Case("mine", () -> new MineBound(0.01), false),
        new Case("nwj", NwjBound::new, false),
        new Case("infonce", InfoNceBound::new, true),
        new Case("js", JsBound::new, false),
        new Case("smile tau=1", () -> new SmileBound(1), false),
        new Case("smile tau=inf", () -> new SmileBound(Double.POSITIVE_INFINITY), false),
        new Case("remine", () -> new ReMineBound(1, 0, ReMineBound.Distance.SQUARED), false),
        new Case(
            "remine-j",
            () -> new ReMineJointBound(new ReMineBound(1, 0, ReMineBound.Distance.SQUARED)),
            false),
        new Case("tuba fixed", () -> TubaBound.fixed(0.5), false),
        new Case("tuba learned", TubaBound::learned, true),
        new Case("alpha=0.3", () -> new InterpolatedBound(0.3), true));
  }

  private static Map<String, Supplier<StatisticsNetwork>> critics() {
    int[] hidden = {5};
    Map<String, Supplier<StatisticsNetwork>> critics = new LinkedHashMap<>();
    critics.put("concat", () -> new ConcatMlpCritic(DIM, DIM, hidden, Activation.TANH, 1L));
    critics.put("separable", () -> new SeparableCritic(DIM, DIM, hidden, 3, Activation.TANH, 2L));
    critics.put("samediff-mlp", () -> SameDiffMlp.critic(DIM, DIM, hidden, Activation.TANH, 3L));
    critics.put("user SameDiff graph", InputGradientTableTest::userGraph);
    return critics;
  }

  @Test
  void everyCriticLayoutAndBoundMatchesFiniteDifferences() {
    Samples batch = uniformSamples(41L);
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Supplier<StatisticsNetwork>> critic : critics().entrySet()) {
      for (Negatives layout : Negatives.values()) {
        PairIndex pairs =
            layout == Negatives.SHUFFLE
                ? PairIndex.jointAndShuffled(new int[] {3, 0, 5, 1, 2, 4})
                : PairIndex.allPairs(K);
        for (Case c : bounds()) {
          if (c.allPairsOnly() && layout == Negatives.SHUFFLE) {
            continue;
          }
          Bound bound = c.bound().get();
          Optional<BaselineMlp> baseline =
              bound.needsBaseline()
                  ? Optional.of(new BaselineMlp(DIM, new int[] {4}, Activation.TANH, 5L))
                  : Optional.empty();
          ScoringModel model = new ScoringModel(critic.getValue().get(), baseline);
          double error = maxRelativeError(model, bound, batch, pairs, layout);
          String cell = critic.getKey() + " | " + layout + " | " + c.name();
          TABLE.put(cell, error);
          if (!(error < TOLERANCE)) {
            failures.add(cell + ": " + error);
          }
        }
      }
    }
    assertThat(TABLE).hasSize(4 * (12 + 9));
    assertThat(failures).as("cells above %s", TOLERANCE).isEmpty();
  }

  private static double maxRelativeError(
      ScoringModel model, Bound bound, Samples batch, PairIndex pairs, Negatives layout) {
    Scores scores = model.forward(batch, pairs, K, layout);
    float[] scoreGradient = new float[scores.gradientSize()];
    bound.valueGradient(scores, scoreGradient);
    float[] x = new float[K * DIM];
    float[] y = new float[K * DIM];
    model.backward(scores, scoreGradient, x, y);
    float[] xs = batch.xRowMajor();
    float[] ys = batch.yRowMajor();
    double[] numericX = new double[x.length];
    double[] numericY = new double[y.length];
    for (int side = 0; side < 2; side++) {
      float[] values = side == 0 ? xs : ys;
      double[] numeric = side == 0 ? numericX : numericY;
      for (int i = 0; i < values.length; i++) {
        float saved = values[i];
        values[i] = saved + STEP;
        double plus = value(model, bound, xs, ys, pairs, layout);
        values[i] = saved - STEP;
        double minus = value(model, bound, xs, ys, pairs, layout);
        values[i] = saved;
        numeric[i] = (plus - minus) / (2.0 * STEP);
      }
    }
    double scale = 0.01;
    for (int i = 0; i < x.length; i++) {
      scale = Math.max(scale, Math.max(Math.abs(numericX[i]), Math.abs(numericY[i])));
    }
    double worst = 0;
    for (int i = 0; i < x.length; i++) {
      worst = Math.max(worst, Math.abs(x[i] - numericX[i]));
      worst = Math.max(worst, Math.abs(y[i] - numericY[i]));
    }
    return worst / scale;
  }

  private static double value(
      ScoringModel model, Bound bound, float[] xs, float[] ys, PairIndex pairs, Negatives layout) {
    Samples perturbed = Samples.ofRowMajor(xs.clone(), ys.clone(), K, DIM, DIM);
    return bound.value(model.score(perturbed, pairs, K, layout));
  }

  /** A critic a user might write: T(x, y) = sum_e tanh(x A)_e (y B)_e + c . y. */
  private static StatisticsNetwork userGraph() {
    SplittableRandom random = new SplittableRandom(4L);
    SameDiff sd = SameDiff.create();
    SDVariable x = sd.placeHolder("x", DataType.FLOAT, -1, DIM);
    SDVariable y = sd.placeHolder("y", DataType.FLOAT, -1, DIM);
    SDVariable a = sd.var("a", Nd4j.create(uniform(DIM * 3, random), new long[] {DIM, 3}));
    SDVariable b = sd.var("b", Nd4j.create(uniform(DIM * 3, random), new long[] {DIM, 3}));
    SDVariable c = sd.var("c", Nd4j.create(uniform(DIM, random), new long[] {DIM, 1}));
    SDVariable bilinear = sd.sum(sd.math.tanh(x.mmul(a)).mul(y.mmul(b)), true, 1);
    bilinear.add("t", y.mmul(c));
    return SameDiffCritic.builder(sd, "x", "y", "t").build();
  }

  private static float[] uniform(int n, SplittableRandom random) {
    float[] values = new float[n];
    for (int i = 0; i < n; i++) {
      values[i] = (float) random.nextDouble(-1, 1);
    }
    return values;
  }

  private static Samples uniformSamples(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return Samples.ofRowMajor(uniform(K * DIM, random), uniform(K * DIM, random), K, DIM, DIM);
  }

  @AfterAll
  static void writeTable() throws IOException {
    StringBuilder text =
        new StringBuilder(
            "| critic | negatives | bound | max relative error of dI/dx, dI/dy |\n|---|---|---|---|\n");
    TABLE.forEach(
        (cell, error) ->
            text.append("| ")
                .append(cell)
                .append(String.format(Locale.ROOT, " | %.1e |%n", error)));
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("input-gradients.md"), text);
  }
}
