package org.mine4j.estimators.critic.separable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.FloatBuffer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mine4j.api.data.Samples;
import org.mine4j.api.network.PairIndex;
import org.mine4j.estimators.critic.Activation;

/** The separable critic against a plain double-precision reference of the same flat layout. */
class SeparableCriticTest {
  private static final int[] HIDDEN = {7, 5};
  private static final int EMBEDDING = 4;

  private static Samples randomSamples(int rows, int dimX, int dimY, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] x = new float[rows * dimX];
    float[] y = new float[rows * dimY];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (2 * random.nextDouble() - 1);
    }
    for (int i = 0; i < y.length; i++) {
      y[i] = (float) (2 * random.nextDouble() - 1);
    }
    return Samples.ofRowMajor(x, y, rows, dimX, dimY);
  }

  private static PairIndex shuffled(int k, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] permutation = new int[k];
    for (int i = 0; i < k; i++) {
      permutation[i] = i;
    }
    for (int i = k - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = permutation[i];
      permutation[i] = permutation[j];
      permutation[j] = t;
    }
    return PairIndex.jointAndShuffled(permutation);
  }

  /** Random pairs in random order, with repeats: no layout the critic could special-case. */
  private static PairIndex randomPairs(int k, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] xs = new int[count];
    int[] ys = new int[count];
    for (int p = 0; p < count; p++) {
      xs[p] = random.nextInt(k);
      ys[p] = random.nextInt(k);
    }
    return new PairIndex(xs, ys);
  }

  private static double[] flat(FloatBuffer source) {
    double[] out = new double[source.limit()];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.get(i);
    }
    return out;
  }

  /** One tower in double precision, straight from the documented layout; returns the embedding. */
  private static double[] tower(
      double[] theta, int offset, double[] input, int[] hidden, int embedding, Activation act) {
    double[] a = input;
    int layers = hidden.length + 1;
    for (int l = 0; l < layers; l++) {
      int fanIn = a.length;
      int fanOut = l == layers - 1 ? embedding : hidden[l];
      double[] z = new double[fanOut];
      for (int j = 0; j < fanOut; j++) {
        double s = theta[offset + fanIn * fanOut + j];
        for (int k = 0; k < fanIn; k++) {
          s += a[k] * theta[offset + k * fanOut + j];
        }
        z[j] = l == layers - 1 ? s : activate(act, s);
      }
      offset += (fanIn + 1) * fanOut;
      a = z;
    }
    return a;
  }

  private static double activate(Activation act, double z) {
    return switch (act) {
      case RELU -> Math.max(0, z);
      case TANH -> Math.tanh(z);
      case ELU -> z > 0 ? z : Math.expm1(z);
    };
  }

  /** T for each pair in double precision: g's parameters first, then h's. */
  private static double[] referenceScores(
      double[] theta, int[] hidden, int embedding, Activation act, Samples batch, PairIndex pairs) {
    int gCount = 0;
    int fanIn = batch.dimX();
    for (int size : hidden) {
      gCount += (fanIn + 1) * size;
      fanIn = size;
    }
    gCount += (fanIn + 1) * embedding;
    double[] out = new double[pairs.size()];
    for (int p = 0; p < out.length; p++) {
      double[] x = new double[batch.dimX()];
      double[] y = new double[batch.dimY()];
      for (int c = 0; c < x.length; c++) {
        x[c] = batch.x(pairs.xRows()[p], c);
      }
      for (int c = 0; c < y.length; c++) {
        y[c] = batch.y(pairs.yRows()[p], c);
      }
      double[] g = tower(theta, 0, x, hidden, embedding, act);
      double[] h = tower(theta, gCount, y, hidden, embedding, act);
      double s = 0;
      for (int e = 0; e < embedding; e++) {
        s += g[e] * h[e];
      }
      out[p] = s;
    }
    return out;
  }

  private static double weightedSum(double[] weights, double[] scores) {
    double s = 0;
    for (int p = 0; p < scores.length; p++) {
      s += weights[p] * scores[p];
    }
    return s;
  }

  private static void checkScoresAndGradient(Activation act, PairIndex pairs, Samples batch) {
    checkScoresAndGradient(HIDDEN, act, pairs, batch, 1);
  }

  /** Checks the scores and every {@code stride}-th parameter's gradient against the reference. */
  private static void checkScoresAndGradient(
      int[] hidden, Activation act, PairIndex pairs, Samples batch, int stride) {
    SeparableCritic critic = new SeparableCritic(3, 2, hidden, EMBEDDING, act, 11);
    double[] theta = flat(critic.parameters());
    float[] scores = critic.forward(batch, pairs);
    double[] reference = referenceScores(theta, hidden, EMBEDDING, act, batch, pairs);
    // float32 arithmetic on O(1) values through three layers of width <= 200: rounding error is
    // about sqrt(width) ulps of the intermediate sums (~1e-6 relative); 1e-5 leaves a margin.
    for (int p = 0; p < scores.length; p++) {
      assertThat((double) scores[p]).isCloseTo(reference[p], within(1e-5));
    }
    SplittableRandom random = new SplittableRandom(5);
    double[] weights = new double[pairs.size()];
    float[] scoreGradient = new float[pairs.size()];
    for (int p = 0; p < weights.length; p++) {
      scoreGradient[p] = (float) (2 * random.nextDouble() - 1);
      weights[p] = scoreGradient[p];
    }
    critic.backward(scoreGradient);
    double[] gradient = flat(critic.gradients());
    // Central differences of L = sum_p w_p T_p in double precision: truncation error O(eps^2) =
    // 1e-8 times third derivatives of order 1, rounding error ~1e-16 / eps = 1e-10. A ReLU kink
    // inside +-eps of a pre-activation (probability ~1e-6 per unit here) would break this, and the
    // seeds are fixed. The analytic gradient is float32: sums of a few hundred O(1) terms carry
    // ~1e-5 absolute error, hence the tolerance 1e-4 (relative to max(1, |g|)).
    double eps = 1e-4;
    for (int i = 0; i < theta.length; i += stride) {
      double saved = theta[i];
      theta[i] = saved + eps;
      double up =
          weightedSum(weights, referenceScores(theta, hidden, EMBEDDING, act, batch, pairs));
      theta[i] = saved - eps;
      double down =
          weightedSum(weights, referenceScores(theta, hidden, EMBEDDING, act, batch, pairs));
      theta[i] = saved;
      double numeric = (up - down) / (2 * eps);
      assertThat(gradient[i])
          .as("parameter %d", i)
          .isCloseTo(numeric, within(1e-4 * Math.max(1, Math.abs(numeric))));
    }
  }

  @Test
  void shuffledPairsMatchReferenceAndFiniteDifferences() {
    checkScoresAndGradient(Activation.RELU, shuffled(6, 3), randomSamples(6, 3, 2, 1));
  }

  @Test
  void allPairsMatchReferenceAndFiniteDifferences() {
    checkScoresAndGradient(Activation.TANH, PairIndex.allPairs(5), randomSamples(5, 3, 2, 2));
  }

  @Test
  void arbitraryPairsMatchReferenceAndFiniteDifferences() {
    checkScoresAndGradient(Activation.ELU, randomPairs(4, 9, 7), randomSamples(4, 3, 2, 3));
  }

  @Test
  void wideLayersSpanSeveralCacheBlocks() {
    // Widths 200 and 100 make the blocked products split their inner dimension into several
    // passes (forward 200 -> 100, backward through W^T); a prime stride samples every layer.
    checkScoresAndGradient(
        new int[] {200, 100},
        Activation.RELU,
        PairIndex.allPairs(5),
        randomSamples(5, 3, 2, 9),
        97);
    checkScoresAndGradient(
        new int[] {200, 100}, Activation.TANH, shuffled(5, 2), randomSamples(5, 3, 2, 10), 89);
  }

  @Test
  void allPairsFastPathEqualsGeneralPath() {
    int k = 9;
    SeparableCritic critic = new SeparableCritic(3, 2, HIDDEN, EMBEDDING, Activation.RELU, 4);
    Samples batch = randomSamples(k, 3, 2, 8);
    float[] all = critic.score(batch, PairIndex.allPairs(k));
    // The same pairs with one extra pair: not the all-pairs layout, so scored one dot at a time.
    PairIndex allPairs = PairIndex.allPairs(k);
    int[] xs = java.util.Arrays.copyOf(allPairs.xRows(), k * k + 1);
    int[] ys = java.util.Arrays.copyOf(allPairs.yRows(), k * k + 1);
    float[] general = critic.score(batch, new PairIndex(xs, ys));
    // Two summation orders of 4 float products of O(1): differences of a few ulps.
    for (int p = 0; p < all.length; p++) {
      assertThat(all[p]).isCloseTo(general[p], within(1e-5f));
    }
  }

  @Test
  void scoreEqualsForwardAndLeavesTrainingStateAlone() {
    SeparableCritic critic = new SeparableCritic(3, 2, HIDDEN, EMBEDDING, Activation.RELU, 9);
    Samples batch = randomSamples(6, 3, 2, 4);
    PairIndex pairs = shuffled(6, 5);
    float[] trained = critic.forward(batch, pairs).clone();
    float[] gradientSignal = new float[pairs.size()];
    java.util.Arrays.fill(gradientSignal, 0.25f);
    // A score on another batch (larger, all pairs) between forward and backward.
    Samples other = randomSamples(11, 3, 2, 6);
    float[] evaluated = critic.score(batch, pairs);
    critic.score(other, PairIndex.allPairs(11));
    critic.backward(gradientSignal);
    float[] afterScore = flat32(critic.gradients());

    SeparableCritic fresh = new SeparableCritic(3, 2, HIDDEN, EMBEDDING, Activation.RELU, 9);
    fresh.forward(batch, pairs);
    fresh.backward(gradientSignal);
    // Same kernels, same order: bit-identical.
    assertThat(evaluated).containsExactly(trained);
    assertThat(afterScore).containsExactly(flat32(fresh.gradients()));
  }

  private static float[] flat32(FloatBuffer source) {
    float[] out = new float[source.limit()];
    source.duplicate().rewind().get(out);
    return out;
  }

  @Test
  void sameSeedSameWeightsOtherSeedOtherWeights() {
    float[] a =
        flat32(new SeparableCritic(4, 3, HIDDEN, EMBEDDING, Activation.RELU, 42).parameters());
    float[] b =
        flat32(new SeparableCritic(4, 3, HIDDEN, EMBEDDING, Activation.RELU, 42).parameters());
    float[] c =
        flat32(new SeparableCritic(4, 3, HIDDEN, EMBEDDING, Activation.RELU, 43).parameters());
    assertThat(a).containsExactly(b);
    assertThat(a).isNotEqualTo(c);
  }

  @Test
  void initialisationIsUniformWithinOneOverSqrtFanIn() {
    SeparableCritic critic = new SeparableCritic(4, 9, new int[] {16}, 8, Activation.RELU, 1);
    float[] p = flat32(critic.parameters());
    assertThat(p).hasSize(SeparableCritic.parameterCount(4, 9, new int[] {16}, 8));
    // g: (4+1)*16 at fan-in 4, (16+1)*8 at fan-in 16; h: (9+1)*16 at fan-in 9, (16+1)*8.
    int[][] blocks = {{5 * 16, 4}, {17 * 8, 16}, {10 * 16, 9}, {17 * 8, 16}};
    int offset = 0;
    for (int[] block : blocks) {
      double bound = 1 / Math.sqrt(block[1]);
      double max = 0;
      for (int i = offset; i < offset + block[0]; i++) {
        assertThat(Math.abs(p[i])).isLessThanOrEqualTo((float) bound);
        max = Math.max(max, Math.abs(p[i]));
      }
      // With >= 80 uniform draws the largest |w| is above half the bound (chance 2^-80 otherwise).
      assertThat(max).isGreaterThan(bound / 2);
      offset += block[0];
    }
    assertThat(offset).isEqualTo(p.length);
  }

  @Test
  void varyingPairCountsAndBatchSizesBetweenCalls() {
    SeparableCritic critic = new SeparableCritic(3, 2, HIDDEN, EMBEDDING, Activation.RELU, 2);
    double[] theta = flat(critic.parameters());
    for (int k : new int[] {4, 10, 3}) {
      Samples batch = randomSamples(k, 3, 2, k);
      for (PairIndex pairs :
          new PairIndex[] {PairIndex.allPairs(k), randomPairs(k, 2 * k + 1, k)}) {
        float[] scores = critic.forward(batch, pairs);
        double[] reference =
            referenceScores(theta, HIDDEN, EMBEDDING, Activation.RELU, batch, pairs);
        assertThat(scores).hasSize(pairs.size());
        for (int p = 0; p < scores.length; p++) {
          assertThat((double) scores[p]).isCloseTo(reference[p], within(1e-5));
        }
        critic.backward(new float[pairs.size()]);
        assertThat(flat32(critic.gradients())).containsOnly(0f);
      }
    }
  }

  @Test
  void rejectsMismatchedBatchesPairsAndGradients() {
    SeparableCritic critic = new SeparableCritic(3, 2, HIDDEN, EMBEDDING, Activation.RELU, 2);
    assertThatThrownBy(() -> critic.backward(new float[1]))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> critic.forward(randomSamples(4, 2, 2, 1), PairIndex.allPairs(4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dimX=3");
    assertThatThrownBy(() -> critic.forward(randomSamples(4, 3, 2, 1), PairIndex.allPairs(5)))
        .isInstanceOf(IndexOutOfBoundsException.class);
    critic.forward(randomSamples(4, 3, 2, 1), PairIndex.allPairs(4));
    assertThatThrownBy(() -> critic.backward(new float[15]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("16 scored pairs");
    assertThatThrownBy(() -> new SeparableCritic(0, 2, HIDDEN, EMBEDDING, Activation.RELU, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SeparableCritic(3, 2, new int[0], 4, Activation.RELU, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SeparableCritic(3, 2, HIDDEN, 0, Activation.RELU, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void describesItself() {
    SeparableCritic critic =
        new SeparableCritic(20, 20, new int[] {256, 256}, 32, Activation.RELU, 0);
    assertThat(critic.description())
        .isEqualTo("separable g(x)^T h(y), towers 20/20-256-256-32 relu");
    assertThat(critic.parameterCount()).isEqualTo(2 * ((21 * 256) + (257 * 256) + (257 * 32)));
  }
}
