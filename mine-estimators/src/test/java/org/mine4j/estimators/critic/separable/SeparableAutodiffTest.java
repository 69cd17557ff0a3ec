package org.mine4j.estimators.critic.separable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mine4j.api.data.Samples;
import org.mine4j.api.network.PairIndex;
import org.mine4j.api.network.StatisticsNetwork;
import org.mine4j.estimators.critic.Activation;
import org.mine4j.estimators.critic.samediff.SameDiffCritic;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The separable critic g(x)^T h(y) against SameDiff's automatic differentiation of the same
 * function with the same weights: a SameDiff graph of the two towers and a row-wise dot product,
 * its variables in the separable critic's flat layout (g's layers, then h's; W then b each), run
 * through {@link SameDiffCritic}. Scores, parameter gradients and input gradients must agree, for
 * one shuffle and for all K x K pairs.
 *
 * <p>Tolerances: both compute in float32 in different summation orders; with hidden 6, embedding 4,
 * O(1) inputs and weights and at most K^2 = 64 pairs with |g| < 1, a score differs by a few 1e-7
 * and a gradient component by at most ~64 x 1e-7; 1e-5 for scores and 1e-4 (1 + |value|) for
 * gradients leave a margin of about ten.
 */
class SeparableAutodiffTest {
  private static final int K = 8;
  private static final int[] HIDDEN = {6};
  private static final int EMBEDDING = 4;

  @ParameterizedTest(name = "{0}, {1}")
  @CsvSource({"TANH, shuffled", "TANH, all-pairs", "RELU, shuffled", "RELU, all-pairs"})
  void scoresAndAllGradientsMatchSameDiff(Activation activation, String layout) {
    int dimX = 3;
    int dimY = 2;
    SeparableCritic fast = new SeparableCritic(dimX, dimY, HIDDEN, EMBEDDING, activation, 7L);
    float[] theta = new float[fast.parameterCount()];
    fast.parameters().get(0, theta);
    StatisticsNetwork reference = graphCritic(dimX, dimY, activation, theta);
    Samples batch = samples(dimX, dimY, 11L);
    PairIndex pairs = layout.equals("all-pairs") ? PairIndex.allPairs(K) : shuffled(13L);
    float[] g = uniform(pairs.size(), 17L);

    float[] fastScores = fast.forward(batch, pairs).clone();
    float[] fastX = new float[K * dimX];
    float[] fastY = new float[K * dimY];
    fast.backward(g, fastX, fastY);
    float[] referenceScores = reference.forward(batch, pairs).clone();
    float[] referenceX = new float[K * dimX];
    float[] referenceY = new float[K * dimY];
    reference.backward(g, referenceX, referenceY);

    assertClose(fastScores, referenceScores, 1e-5, "score");
    float[] fastTheta = new float[theta.length];
    float[] referenceTheta = new float[theta.length];
    fast.gradients().get(0, fastTheta);
    reference.gradients().get(0, referenceTheta);
    assertClose(fastTheta, referenceTheta, 1e-4, "d/d theta");
    assertClose(fastX, referenceX, 1e-4, "d/dx");
    assertClose(fastY, referenceY, 1e-4, "d/dy");
    AGREEMENT.put(
        "separable vs SameDiff graph, " + activation + ", " + layout,
        Math.max(worst(fastX, referenceX), worst(fastY, referenceY)));
  }

  private static final java.util.Map<String, Double> AGREEMENT =
      new java.util.concurrent.ConcurrentSkipListMap<>();

  @org.junit.jupiter.api.AfterAll
  static void writeAgreement() throws java.io.IOException {
    org.mine4j.estimators.critic.samediff.AgreementTable.write(
        "separable-autodiff-agreement.md", AGREEMENT);
  }

  private static double worst(float[] actual, float[] expected) {
    double worst = 0;
    for (int i = 0; i < actual.length; i++) {
      worst = Math.max(worst, Math.abs(actual[i] - expected[i]) / (1 + Math.abs(expected[i])));
    }
    return worst;
  }

  private static void assertClose(float[] actual, float[] expected, double tolerance, String what) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < actual.length; i++) {
      assertThat((double) actual[i])
          .as("%s %d", what, i)
          .isCloseTo(expected[i], within(tolerance * (1 + Math.abs(expected[i]))));
    }
  }

  /** g(x) and h(y) as SameDiff towers, T = sum_e g_e h_e per row; variables in flat order. */
  private static StatisticsNetwork graphCritic(
      int dimX, int dimY, Activation activation, float[] theta) {
    SameDiff sd = SameDiff.create();
    SDVariable x = sd.placeHolder("x", DataType.FLOAT, -1, dimX);
    SDVariable y = sd.placeHolder("y", DataType.FLOAT, -1, dimY);
    List<String> names = new ArrayList<>();
    int[] offset = {0};
    SDVariable gx = tower(sd, "g", x, dimX, activation, theta, offset, names);
    SDVariable hy = tower(sd, "h", y, dimY, activation, theta, offset, names);
    sd.sum("t", gx.mul(hy), 1);
    return SameDiffCritic.builder(sd, "x", "y", "t").trainableVariables(names).build();
  }

  private static SDVariable tower(
      SameDiff sd,
      String prefix,
      SDVariable input,
      int width,
      Activation activation,
      float[] theta,
      int[] offset,
      List<String> names) {
    int[] widths = {width, HIDDEN[0], EMBEDDING};
    SDVariable h = input;
    for (int l = 0; l + 1 < widths.length; l++) {
      int fanIn = widths[l];
      int fanOut = widths[l + 1];
      float[] w = Arrays.copyOfRange(theta, offset[0], offset[0] + fanIn * fanOut);
      offset[0] += fanIn * fanOut;
      float[] b = Arrays.copyOfRange(theta, offset[0], offset[0] + fanOut);
      offset[0] += fanOut;
      String wName = prefix + "w" + l;
      String bName = prefix + "b" + l;
      SDVariable weights =
          sd.var(wName, Nd4j.create(w, new long[] {fanIn, fanOut}, DataType.FLOAT));
      SDVariable bias = sd.var(bName, Nd4j.create(b, new long[] {fanOut}, DataType.FLOAT));
      names.add(wName);
      names.add(bName);
      SDVariable z = sd.nn.linear(h, weights, bias);
      h = l + 2 < widths.length ? activate(sd, z, activation) : z;
    }
    return h;
  }

  private static SDVariable activate(SameDiff sd, SDVariable z, Activation activation) {
    return activation == Activation.TANH ? sd.nn.tanh(z) : sd.nn.relu(z, 0);
  }

  private static Samples samples(int dimX, int dimY, long seed) {
    return Samples.ofRowMajor(uniform(K * dimX, seed), uniform(K * dimY, seed + 1), K, dimX, dimY);
  }

  private static PairIndex shuffled(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] permutation = new int[K];
    for (int i = 0; i < K; i++) {
      permutation[i] = i;
    }
    for (int i = K - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = permutation[i];
      permutation[i] = permutation[j];
      permutation[j] = t;
    }
    return PairIndex.jointAndShuffled(permutation);
  }

  private static float[] uniform(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] values = new float[n];
    for (int i = 0; i < n; i++) {
      values[i] = (float) random.nextDouble(-1, 1);
    }
    return values;
  }
}
