package org.mine4j.estimators.critic.samediff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.mine4j.estimators.critic.samediff.CriticFixtures.referenceScores;
import static org.mine4j.estimators.critic.samediff.CriticFixtures.referenceWeightedSum;
import static org.mine4j.estimators.critic.samediff.CriticFixtures.samples;
import static org.mine4j.estimators.critic.samediff.CriticFixtures.scoreGradient;
import static org.mine4j.estimators.critic.samediff.CriticFixtures.shuffled;
import static org.mine4j.estimators.critic.samediff.CriticFixtures.toDoubles;

import java.nio.FloatBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Samples;
import org.mine4j.api.network.PairIndex;
import org.mine4j.estimators.critic.Activation;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The SameDiff critic against a plain double-precision reference of the concat MLP layout, and a
 * hand-written bilinear graph with known gradients.
 *
 * <p>Tolerances: the critic computes in float32 (unit roundoff 6e-8) on weights that the reference
 * reads exactly as doubles. A score goes through at most (fanIn + 1) multiply-adds per unit and 3
 * layers of O(1) values, so its error is a few 1e-7; 1e-5 leaves a wide margin. A gradient sums at
 * most 36 pairs of such terms (|g| < 1), so its error stays below 1e-5; the reference gradient is a
 * central difference in double with step 1e-6, whose truncation (~1e-12) and cancellation (~1e-10)
 * errors are negligible. Hence 1e-4 * (1 + |expected|) for gradients.
 */
class SameDiffCriticTest {
  private static final int[] HIDDEN = {4, 3};
  private static final double SCORE_TOLERANCE = 1e-5;
  private static final double GRADIENT_TOLERANCE = 1e-4;
  private static final double STEP = 1e-6;

  /** d/d(theta) of sum_p g_p T_p by central differences of the double reference. */
  private static double[] referenceGradient(
      double[] theta, Activation activation, Samples batch, PairIndex pairs, float[] g) {
    double[] gradient = new double[theta.length];
    for (int i = 0; i < theta.length; i++) {
      double saved = theta[i];
      theta[i] = saved + STEP;
      double plus = referenceWeightedSum(theta, HIDDEN, activation, batch, pairs, g);
      theta[i] = saved - STEP;
      double minus = referenceWeightedSum(theta, HIDDEN, activation, batch, pairs, g);
      theta[i] = saved;
      gradient[i] = (plus - minus) / (2 * STEP);
    }
    return gradient;
  }

  private static void assertScores(float[] actual, double[] expected) {
    assertThat(actual).hasSize(expected.length);
    for (int p = 0; p < expected.length; p++) {
      assertThat((double) actual[p])
          .as("T of pair %d", p)
          .isCloseTo(expected[p], within(SCORE_TOLERANCE));
    }
  }

  private static void assertGradient(FloatBuffer actual, double[] expected) {
    assertThat(actual.limit()).isEqualTo(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat((double) actual.get(i))
          .as("gradient of parameter %d", i)
          .isCloseTo(expected[i], within(GRADIENT_TOLERANCE * (1 + Math.abs(expected[i]))));
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"RELU", "TANH"})
  void scoresAndGradientsMatchTheDoubleReference(Activation activation) {
    SameDiffCritic critic = SameDiffMlp.critic(2, 1, HIDDEN, activation, 11L);
    Samples batch = samples(6, 2, 1, 3L);
    PairIndex pairs = shuffled(6, 5L);
    float[] g = scoreGradient(pairs.size(), 7L);
    double[] theta = toDoubles(critic.parameters());

    assertScores(
        critic.forward(batch, pairs), referenceScores(theta, HIDDEN, activation, batch, pairs));
    critic.backward(g);

    assertGradient(critic.gradients(), referenceGradient(theta, activation, batch, pairs, g));
  }

  @Test
  void writesThroughParametersChangeTheNetwork() {
    SameDiffCritic critic = SameDiffMlp.critic(1, 2, HIDDEN, Activation.TANH, 1L);
    Samples batch = samples(5, 1, 2, 2L);
    PairIndex pairs = PairIndex.allPairs(5);
    critic.forward(batch, pairs);
    FloatBuffer parameters = critic.parameters();
    float[] delta = scoreGradient(critic.parameterCount(), 3L);
    for (int i = 0; i < critic.parameterCount(); i++) {
      parameters.put(i, parameters.get(i) + 0.5f * delta[i]);
    }
    double[] theta = toDoubles(critic.parameters());
    double[] expected = referenceScores(theta, HIDDEN, Activation.TANH, batch, pairs);

    assertScores(critic.forward(batch, pairs), expected);
    assertScores(critic.score(batch, pairs), expected);
  }

  @Test
  void scoreEqualsForward() {
    SameDiffCritic critic = SameDiffMlp.critic(3, 3, HIDDEN, Activation.RELU, 4L);
    Samples batch = samples(8, 3, 3, 5L);
    for (PairIndex pairs : List.of(shuffled(8, 6L), PairIndex.allPairs(8))) {
      float[] scored = critic.score(batch, pairs);
      float[] forward = critic.forward(batch, pairs).clone();
      // Same graph, same inputs, same single-threaded kernels: bit-identical.
      assertThat(scored).containsExactly(forward);
    }
  }

  @Test
  void theNumberOfPairsMayChangeBetweenCalls() {
    Activation activation = Activation.TANH;
    SameDiffCritic critic = SameDiffMlp.critic(2, 1, HIDDEN, activation, 21L);
    Samples batch = samples(6, 2, 1, 22L);
    double[] theta = toDoubles(critic.parameters());
    List<PairIndex> layouts =
        List.of(
            shuffled(6, 1L),
            shuffled(6, 7L), // same size, other rows: the reused input arrays are refilled
            PairIndex.allPairs(4),
            shuffled(3, 2L),
            PairIndex.allPairs(6));
    for (PairIndex pairs : layouts) {
      float[] g = scoreGradient(pairs.size(), pairs.size());
      assertScores(
          critic.forward(batch, pairs), referenceScores(theta, HIDDEN, activation, batch, pairs));
      critic.backward(g);
      assertGradient(critic.gradients(), referenceGradient(theta, activation, batch, pairs, g));
    }
  }

  @Test
  void scoringBetweenForwardAndBackwardKeepsTheTrainingBatch() {
    Activation activation = Activation.RELU;
    SameDiffCritic critic = SameDiffMlp.critic(2, 1, HIDDEN, activation, 31L);
    Samples batch = samples(6, 2, 1, 32L);
    Samples other = samples(4, 2, 1, 33L);
    PairIndex pairs = shuffled(6, 34L);
    float[] g = scoreGradient(pairs.size(), 35L);
    double[] theta = toDoubles(critic.parameters());

    critic.forward(batch, pairs);
    critic.score(other, PairIndex.allPairs(4));
    critic.backward(g);

    assertGradient(critic.gradients(), referenceGradient(theta, activation, batch, pairs, g));
  }

  /** T(x, y) = sum_j (x W)_j y_j + c, with output shape [-1]; dT/dW_ij = x_i y_j, dT/dc = 1. */
  private static SameDiff bilinearGraph() {
    SameDiff sd = SameDiff.create();
    SDVariable x = sd.placeHolder("x", DataType.FLOAT, -1, 2);
    SDVariable y = sd.placeHolder("y", DataType.FLOAT, -1, 3);
    SDVariable w =
        sd.var(
            "w",
            Nd4j.create(
                new float[] {0.5f, -1f, 2f, 0.25f, 1.5f, -0.75f},
                new long[] {2, 3},
                DataType.FLOAT));
    SDVariable c = sd.var("c", Nd4j.create(new float[] {0.3f}, new long[] {1}, DataType.FLOAT));
    x.mmul(w).mul(y).sum(1).add("t", c);
    return sd;
  }

  @Test
  void aUserGraphTrainsAllItsVariablesSortedByName() {
    SameDiffCritic critic = SameDiffCritic.builder(bilinearGraph(), "x", "y", "t").build();
    Samples batch = samples(5, 2, 3, 41L);
    PairIndex pairs = shuffled(5, 42L);
    float[] g = scoreGradient(pairs.size(), 43L);

    assertThat(critic.trainableVariables()).containsExactly("c", "w");
    assertThat(critic.parameterCount()).isEqualTo(7);
    assertThat(critic.parameters().get(0)).isEqualTo(0.3f);
    assertThat(critic.parameters().get(1 + 3)).isEqualTo(0.25f); // w[1][0], row-major
    float[] t = critic.forward(batch, pairs);
    critic.backward(g);

    double[] expectedGradient = new double[7];
    for (int p = 0; p < pairs.size(); p++) {
      int xr = pairs.xRow(p);
      int yr = pairs.yRow(p);
      double expectedT = 0.3;
      for (int i = 0; i < 2; i++) {
        for (int j = 0; j < 3; j++) {
          expectedT += batch.x(xr, i) * critic.parameters().get(1 + 3 * i + j) * batch.y(yr, j);
          expectedGradient[1 + 3 * i + j] += g[p] * batch.x(xr, i) * batch.y(yr, j);
        }
      }
      expectedGradient[0] += g[p];
      assertThat((double) t[p]).isCloseTo(expectedT, within(SCORE_TOLERANCE));
    }
    assertGradient(critic.gradients(), expectedGradient);
  }

  @Test
  void variablesLeftOutOfTheTrainableListStayFixed() {
    SameDiffCritic critic =
        SameDiffCritic.builder(bilinearGraph(), "x", "y", "t")
            .trainableVariables(List.of("w"))
            .build();
    Samples batch = samples(4, 2, 3, 51L);
    PairIndex pairs = shuffled(4, 52L);
    critic.forward(batch, pairs);
    critic.backward(scoreGradient(pairs.size(), 53L));

    assertThat(critic.parameterCount()).isEqualTo(6);
    assertThat(critic.gradients().limit()).isEqualTo(6);
    assertThat(critic.description()).contains("6 parameters");
  }

  @Test
  void aMissingPlaceholderIsAnInvalidOptionNamingIt() {
    assertThatThrownBy(() -> SameDiffCritic.builder(bilinearGraph(), "xs", "y", "t").build())
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_OPTIONS))
        .hasMessageContaining("no placeholder 'xs'")
        .hasMessageContaining("placeholders: ");
  }

  @Test
  void aMissingOutputIsAnInvalidOption() {
    assertThatThrownBy(() -> SameDiffCritic.builder(bilinearGraph(), "x", "y", "score").build())
        .isInstanceOf(MineException.class)
        .hasMessageContaining("no output variable 'score'");
  }

  @Test
  void anOutputWithSeveralColumnsIsAnInvalidOption() {
    SameDiff sd = SameDiff.create();
    SDVariable x = sd.placeHolder("x", DataType.FLOAT, -1, 1);
    SDVariable y = sd.placeHolder("y", DataType.FLOAT, -1, 1);
    SDVariable w = sd.var("w", Nd4j.ones(DataType.FLOAT, 2, 2));
    sd.concat(1, x, y).mmul("t", w);

    assertThatThrownBy(() -> SameDiffCritic.builder(sd, "x", "y", "t").build())
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_OPTIONS))
        .hasMessageContaining("one score per row")
        .hasMessageContaining("[2, 2]");
  }

  @Test
  void aPlaceholderWithoutABatchDimensionIsAnInvalidOption() {
    SameDiff sd = SameDiff.create();
    SDVariable x = sd.placeHolder("x", DataType.FLOAT, -1);
    SDVariable y = sd.placeHolder("y", DataType.FLOAT, -1, 1);
    SDVariable w = sd.var("w", Nd4j.ones(DataType.FLOAT, 1));
    x.mul(w).add("t", y.reshape(-1));

    assertThatThrownBy(() -> SameDiffCritic.builder(sd, "x", "y", "t").build())
        .isInstanceOf(MineException.class)
        .hasMessageContaining("shape [-1, dimX]")
        .hasMessageContaining("[-1]");
  }

  @Test
  void aGraphWhoseShapesDoNotFitFailsAtBuild() {
    SameDiff sd = SameDiff.create();
    SDVariable x = sd.placeHolder("x", DataType.FLOAT, -1, 3);
    SDVariable y = sd.placeHolder("y", DataType.FLOAT, -1, 1);
    SDVariable w = sd.var("w", Nd4j.ones(DataType.FLOAT, 2, 1)); // should be 4 x 1
    sd.concat(1, x, y).mmul("t", w);

    assertThatThrownBy(() -> SameDiffCritic.builder(sd, "x", "y", "t").build())
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_OPTIONS))
        .hasMessageContaining("fails on a batch of 2 rows");
  }

  @Test
  void unknownOrNonTrainableVariablesAreInvalidOptions() {
    assertThatThrownBy(
            () ->
                SameDiffCritic.builder(bilinearGraph(), "x", "y", "t")
                    .trainableVariables(List.of("v"))
                    .build())
        .isInstanceOf(MineException.class)
        .hasMessageContaining("'v' is not a trainable VARIABLE");
    assertThatThrownBy(
            () ->
                SameDiffCritic.builder(bilinearGraph(), "x", "y", "t")
                    .trainableVariables(List.of("x"))
                    .build())
        .isInstanceOf(MineException.class)
        .hasMessageContaining("PLACEHOLDER");
    assertThatThrownBy(
            () ->
                SameDiffCritic.builder(bilinearGraph(), "x", "y", "t")
                    .trainableVariables(List.of("w", "w"))
                    .build())
        .isInstanceOf(MineException.class)
        .hasMessageContaining("listed twice");
  }

  @Test
  void aTrainableVariableOffThePathToTheOutputIsAnInvalidOption() {
    SameDiff sd = bilinearGraph();
    sd.var("unused", Nd4j.ones(DataType.FLOAT, 3));

    assertThatThrownBy(() -> SameDiffCritic.builder(sd, "x", "y", "t").build())
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_OPTIONS))
        .hasMessageContaining("'unused' does not influence the output 't'");
  }

  @Test
  void aGraphCannotBeWrappedTwice() {
    SameDiff sd = bilinearGraph();
    SameDiffCritic.builder(sd, "x", "y", "t").build();

    assertThatThrownBy(() -> SameDiffCritic.builder(sd, "x", "y", "t").build())
        .isInstanceOf(MineException.class)
        .hasMessageContaining("build a new graph");
  }

  @Test
  void misuseIsReported() {
    SameDiffCritic critic = SameDiffMlp.critic(2, 1, HIDDEN, Activation.RELU, 1L);
    Samples batch = samples(4, 2, 1, 2L);

    assertThatThrownBy(() -> critic.backward(new float[8]))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("forward first");
    critic.forward(batch, shuffled(4, 3L));
    assertThatThrownBy(() -> critic.backward(new float[7]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("8 pairs");
    assertThatThrownBy(() -> critic.forward(samples(4, 1, 1, 4L), shuffled(4, 3L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dimX=2");
    assertThatThrownBy(() -> critic.forward(null, shuffled(4, 3L)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("batch is null");
  }

  @Test
  void anEmptyPairIndexGivesNoScoresAndZeroGradients() {
    SameDiffCritic critic = SameDiffMlp.critic(2, 1, HIDDEN, Activation.RELU, 1L);
    PairIndex none = new PairIndex(new int[0], new int[0]);

    assertThat(critic.forward(samples(3, 2, 1, 2L), none)).isEmpty();
    critic.backward(new float[0]);
    assertThat(toDoubles(critic.gradients())).containsOnly(0.0);
    assertThat(critic.score(samples(3, 2, 1, 2L), none)).isEmpty();
  }
}
