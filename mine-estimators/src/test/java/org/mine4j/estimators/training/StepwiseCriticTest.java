package org.mine4j.estimators.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.FloatBuffer;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mine4j.api.NonFiniteLossException;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.contract.ContractSamples;
import org.mine4j.api.data.Samples;
import org.mine4j.api.gradient.CriticStep;
import org.mine4j.api.gradient.MiCritic;
import org.mine4j.api.gradient.SampleGradient;
import org.mine4j.api.network.PairIndex;
import org.mine4j.api.network.StatisticsNetwork;
import org.mine4j.estimators.MiCritics;
import org.mine4j.estimators.bounds.MineBound;
import org.mine4j.estimators.bounds.NwjBound;

/**
 * The step-wise critic through its public API: deterministic under its seed, queries ({@link
 * MiCritic#value}, {@link MiCritic#gradient}) change neither the weights, nor MINE's moving
 * average, nor the training stream; the gradient is the derivative of the reported bound; a
 * non-finite score stops the step that produced it.
 */
class StepwiseCriticTest {
  private static final Map<String, String> SMALL = Map.of("hidden", "8,8", "batch-size", "32");

  private static Samples batch(long seed) {
    return ContractSamples.gaussian(32, 2, 0.7, seed);
  }

  @Test
  void theSameSeedGivesTheSameStepsAndGradients() {
    MiCritic a = MiCritics.create("mine", SMALL, 2, 2, 5L);
    MiCritic b = MiCritics.create("mine", SMALL, 2, 2, 5L);
    for (long s = 0; s < 20; s++) {
      assertThat(a.step(batch(s))).isEqualTo(b.step(batch(s)));
    }
    assertThat(a.gradient(batch(99)).x()).containsExactly(b.gradient(batch(99)).x());
    assertThat(a.stepsTaken()).isEqualTo(20);
  }

  @Test
  void queriesChangeNeitherWeightsNorTheMovingAverageNorTheTrainingStream() {
    MiCritic queried = MiCritics.create("mine", SMALL, 2, 2, 6L);
    MiCritic plain = MiCritics.create("mine", SMALL, 2, 2, 6L);
    for (long s = 0; s < 10; s++) {
      queried.step(batch(s));
      plain.step(batch(s));
    }
    float[] before = copy(queried.network().parameters());
    double average = ((MineBound) queried.bound()).logMovingAverage();

    queried.value(batch(50));
    queried.gradient(batch(51));
    queried.gradient(batch(51));

    assertThat(copy(queried.network().parameters())).containsExactly(before);
    assertThat(((MineBound) queried.bound()).logMovingAverage()).isEqualTo(average);
    CriticStep next = queried.step(batch(10));
    assertThat(next).isEqualTo(plain.step(batch(10)));
  }

  @Test
  void theGradientIsTheDerivativeOfTheReportedBound() {
    // All-pairs negatives make value(batch) a deterministic function of the rows, so its central
    // differences are the exact check of gradient(batch). SMILE's model gradient is its value
    // gradient (tau = 5 is not reached by these scores). Float32 scores with step 1e-2: the
    // difference is exact to ~1e-5 (see InputGradientTableTest), gradients are O(1/K) = 0.03.
    MiCritic smile =
        MiCritics.create(
            "smile", Map.of("hidden", "8", "batch-size", "8", "activation", "tanh"), 2, 2, 7L);
    for (int s = 0; s < 30; s++) {
      smile.step(ContractSamples.gaussian(8, 2, 0.5, 100 + s));
    }
    Samples rows = ContractSamples.gaussian(8, 2, 0.5, 8L);
    SampleGradient gradient = smile.gradient(rows);
    float h = 1e-2f;
    for (int side = 0; side < 2; side++) {
      for (int i = 0; i < 8 * 2; i++) {
        double numeric =
            (smile.value(perturbed(rows, side, i, h)) - smile.value(perturbed(rows, side, i, -h)))
                / (2 * h);
        double analytic = side == 0 ? gradient.x()[i] : gradient.y()[i];
        assertThat(analytic)
            .as("dI/d%s %d", side == 0 ? "x" : "y", i)
            .isCloseTo(numeric, within(1e-3));
      }
    }
  }

  private static Samples perturbed(Samples rows, int side, int index, float h) {
    float[] x = rows.xRowMajor();
    float[] y = rows.yRowMajor();
    (side == 0 ? x : y)[index] += h;
    return Samples.ofRowMajor(x, y, rows.rows(), rows.dimX(), rows.dimY());
  }

  @Test
  void aNonFiniteScoreStopsTheStepThatProducedIt() {
    NaNAfter critic = new NaNAfter(3);
    StepwiseCritic stepwise =
        new StepwiseCritic(
            "nwj",
            ScoringModel.of(critic),
            new NwjBound(),
            Negatives.SHUFFLE,
            4,
            1e-3,
            new SplittableRandom(1),
            2L);
    Samples rows = ContractSamples.gaussian(4, 1, 0.5, 3L);
    stepwise.step(rows);
    stepwise.step(rows);
    assertThatThrownBy(() -> stepwise.step(rows))
        .isInstanceOfSatisfying(
            NonFiniteLossException.class,
            e -> {
              assertThat(e.step()).isEqualTo(3);
              assertThat(e.lastFiniteEstimate()).isPresent();
            });
    assertThat(stepwise.stepsTaken()).isEqualTo(2);
  }

  @Test
  void optimizeIsTheOriginalOneLiner() {
    // Correlated Gaussians, rho = 0.8 in one dimension: I = -ln(1 - 0.64) / 2 = 0.5108 nats. The
    // bound is evaluated on 2,000 held-out rows, where the DV estimate has a sampling sd of about
    // sqrt((e^I - 1) / N) = 0.02; with 3,000 steps the critic leaves a bias of a few hundredths
    // (the MINE paper's 1-D runs), so 0.1 is about four sd plus that bias.
    Samples samples = ContractSamples.gaussian(4000, 1, 0.8, 21L);
    MiCritic mine = MiCritics.create("mine", Map.of(), 1, 1, 0L);

    double nats = mine.optimize(samples, 3000);

    assertThat(nats).isCloseTo(ContractSamples.gaussianMi(1, 0.8), within(0.1));
    assertThat(mine.stepsTaken()).isEqualTo(3000);
  }

  private static float[] copy(FloatBuffer buffer) {
    float[] values = new float[buffer.capacity()];
    buffer.get(0, values);
    return values;
  }

  /** A fake critic: T = 0 for every pair, then NaN from its n-th forward pass on. */
  private static final class NaNAfter implements StatisticsNetwork {
    private final int failingPass;
    private final FloatBuffer parameters = FloatBuffer.allocate(1);
    private final FloatBuffer gradients = FloatBuffer.allocate(1);
    private int passes;

    NaNAfter(int failingPass) {
      this.failingPass = failingPass;
    }

    @Override
    public int dimX() {
      return 1;
    }

    @Override
    public int dimY() {
      return 1;
    }

    @Override
    public int parameterCount() {
      return 1;
    }

    @Override
    public FloatBuffer parameters() {
      return parameters;
    }

    @Override
    public FloatBuffer gradients() {
      return gradients;
    }

    @Override
    public float[] forward(Samples batch, PairIndex pairs) {
      passes++;
      float[] scores = new float[pairs.size()];
      java.util.Arrays.fill(scores, passes >= failingPass ? Float.NaN : 0f);
      return scores;
    }

    @Override
    public void backward(float[] scoreGradient) {}

    @Override
    public float[] score(Samples batch, PairIndex pairs) {
      return new float[pairs.size()];
    }

    @Override
    public String description() {
      return "fake";
    }
  }
}
