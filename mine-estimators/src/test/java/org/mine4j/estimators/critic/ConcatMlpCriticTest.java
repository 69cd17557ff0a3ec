package org.mine4j.estimators.critic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.FloatBuffer;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Samples;
import org.mine4j.api.network.NetworkBuilder;
import org.mine4j.api.network.PairIndex;
import org.mine4j.api.network.StatisticsNetwork;

/** The concat MLP critic against a plain double-precision reference of the same flat layout. */
class ConcatMlpCriticTest {

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

  private static double[] flat(FloatBuffer source) {
    double[] out = new double[source.limit()];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.get(i);
    }
    return out;
  }

  /**
   * The reference: T for each pair in double precision, straight from the documented flat layout.
   */
  private static double[] referenceScores(
      double[] theta, int[] hidden, Activation activation, Samples batch, PairIndex pairs) {
    int dimX = batch.dimX();
    int dimY = batch.dimY();
    double[] out = new double[pairs.size()];
    for (int p = 0; p < pairs.size(); p++) {
      double[] h = new double[dimX + dimY];
      for (int c = 0; c < dimX; c++) {
        h[c] = batch.x(pairs.xRow(p), c);
      }
      for (int c = 0; c < dimY; c++) {
        h[dimX + c] = batch.y(pairs.yRow(p), c);
      }
      int offset = 0;
      for (int l = 0; l <= hidden.length; l++) {
        int fanIn = h.length;
        int fanOut = l < hidden.length ? hidden[l] : 1;
        double[] z = new double[fanOut];
        for (int j = 0; j < fanOut; j++) {
          double s = theta[offset + fanIn * fanOut + j];
          for (int k = 0; k < fanIn; k++) {
            s += h[k] * theta[offset + k * fanOut + j];
          }
          z[j] = l < hidden.length ? act(activation, s) : s;
        }
        offset += fanIn * fanOut + fanOut;
        h = z;
      }
      out[p] = h[0];
    }
    return out;
  }

  private static double act(Activation activation, double z) {
    return switch (activation) {
      case RELU -> Math.max(0, z);
      case TANH -> Math.tanh(z);
      case ELU -> z > 0 ? z : Math.expm1(z);
    };
  }

  private static double weightedSum(
      double[] theta, int[] hidden, Activation a, Samples b, PairIndex p, float[] g) {
    double[] t = referenceScores(theta, hidden, a, b, p);
    double s = 0;
    for (int i = 0; i < t.length; i++) {
      s += g[i] * t[i];
    }
    return s;
  }

  @Test
  void parameterCountFollowsTheLayout() {
    // (3 + 2) * 4 + 4, 4 * 5 + 5, 5 * 1 + 1
    assertThat(ConcatMlpCritic.parameterCount(3, 2, new int[] {4, 5})).isEqualTo(24 + 25 + 6);
    ConcatMlpCritic critic = new ConcatMlpCritic(3, 2, new int[] {4, 5}, Activation.RELU, 1);
    assertThat(critic.parameterCount()).isEqualTo(55);
    assertThat(critic.parameters().limit()).isEqualTo(55);
    assertThat(critic.gradients().limit()).isEqualTo(55);
    assertThat(critic.hidden()).containsExactly(4, 5);
    assertThat(critic.activation()).isEqualTo(Activation.RELU);
    assertThat(critic.description()).isEqualTo("concat MLP 5-4-5-1 relu");
  }

  @Test
  void initialisationIsSeededAndWithinPyTorchBounds() {
    int[] hidden = {7, 6};
    ConcatMlpCritic a = new ConcatMlpCritic(2, 3, hidden, Activation.RELU, 11);
    ConcatMlpCritic b = new ConcatMlpCritic(2, 3, hidden, Activation.RELU, 11);
    ConcatMlpCritic c = new ConcatMlpCritic(2, 3, hidden, Activation.RELU, 12);
    assertThat(flat(a.parameters())).containsExactly(flat(b.parameters()));
    assertThat(flat(a.parameters())).isNotEqualTo(flat(c.parameters()));
    double[] theta = flat(a.parameters());
    int[] fanIns = {5, 7, 6};
    int[] fanOuts = {7, 6, 1};
    int offset = 0;
    for (int l = 0; l < 3; l++) {
      double bound = 1 / Math.sqrt(fanIns[l]);
      int count = fanIns[l] * fanOuts[l] + fanOuts[l];
      for (int i = offset; i < offset + count; i++) {
        assertThat(Math.abs(theta[i])).isLessThanOrEqualTo(bound);
      }
      offset += count;
    }
  }

  @Test
  void forwardMatchesThePlainReference() {
    for (Activation activation : Activation.values()) {
      int[] hidden = {9, 8, 7};
      ConcatMlpCritic critic = new ConcatMlpCritic(3, 2, hidden, activation, 5);
      Samples batch = randomSamples(10, 3, 2, 6);
      PairIndex pairs = shuffled(10, 7);
      float[] scores = critic.forward(batch, pairs);
      double[] expected =
          referenceScores(flat(critic.parameters()), hidden, activation, batch, pairs);
      assertThat(scores).hasSize(20);
      for (int p = 0; p < scores.length; p++) {
        // float32 accumulation over <= 10 terms per unit of O(1) values: error ~ 1e-6; 1e-5 leaves
        // margin.
        assertThat((double) scores[p])
            .as("%s pair %d", activation, p)
            .isCloseTo(expected[p], within(1e-5));
      }
    }
  }

  @Test
  void backwardMatchesCentralFiniteDifferences() {
    for (Activation activation : Activation.values()) {
      int[] hidden = {6, 5};
      ConcatMlpCritic critic = new ConcatMlpCritic(2, 3, hidden, activation, 21);
      Samples batch = randomSamples(5, 2, 3, 22);
      PairIndex pairs = shuffled(5, 23);
      critic.forward(batch, pairs);
      SplittableRandom random = new SplittableRandom(24);
      float[] g = new float[pairs.size()];
      for (int p = 0; p < g.length; p++) {
        g[p] = (float) (2 * random.nextDouble() - 1);
      }
      critic.backward(g);
      double[] theta = flat(critic.parameters());
      double[] analytic = flat(critic.gradients());
      double step = 1e-6;
      for (int i = 0; i < theta.length; i++) {
        double saved = theta[i];
        theta[i] = saved + step;
        double plus = weightedSum(theta, hidden, activation, batch, pairs, g);
        theta[i] = saved - step;
        double minus = weightedSum(theta, hidden, activation, batch, pairs, g);
        theta[i] = saved;
        double numeric = (plus - minus) / (2 * step);
        // The reference runs in double: central differences with h = 1e-6 are accurate to ~1e-9
        // (truncation h^2,
        // rounding 1e-16 / h), and no ReLU pre-activation of this fixed-seed data lies within 1e-6
        // of its kink. The
        // analytic gradient is float32 over sums of 10 pairs of O(1) terms: error ~ 1e-6; 2e-5
        // leaves margin.
        assertThat(analytic[i])
            .as("%s parameter %d", activation, i)
            .isCloseTo(numeric, within(2e-5));
      }
    }
  }

  @Test
  void scoreEqualsForwardAndLeavesTrainingStateAlone() {
    int[] hidden = {16, 12};
    ConcatMlpCritic critic = new ConcatMlpCritic(2, 2, hidden, Activation.RELU, 31);
    Samples batch = randomSamples(12, 2, 2, 32);
    PairIndex pairs = shuffled(12, 33);
    float[] g = new float[pairs.size()];
    java.util.Arrays.fill(g, 0.25f);
    float[] trained = critic.forward(batch, pairs).clone();
    // score runs the same kernels on the same pairs, so the values are bitwise equal.
    assertThat(critic.score(batch, pairs)).containsExactly(trained);
    critic.backward(g);
    double[] expected = flat(critic.gradients());

    critic.forward(batch, pairs);
    critic.score(randomSamples(40, 2, 2, 34), PairIndex.allPairs(40));
    critic.backward(g);
    assertThat(flat(critic.gradients())).containsExactly(expected);
  }

  @Test
  void scoreChunksLargePairSetsAndForwardGrowsItsBuffers() {
    int[] hidden = {8, 8};
    ConcatMlpCritic critic = new ConcatMlpCritic(1, 2, hidden, Activation.TANH, 41);
    Samples small = randomSamples(4, 1, 2, 42);
    Samples large = randomSamples(70, 1, 2, 43);
    PairIndex allPairs = PairIndex.allPairs(70); // 4,900 pairs: more than one evaluation chunk
    double[] theta = flat(critic.parameters());
    double[] expected = referenceScores(theta, hidden, Activation.TANH, large, allPairs);
    float[] scored = critic.score(large, allPairs);
    float[] first = critic.forward(small, shuffled(4, 44)).clone();
    float[] grown = critic.forward(large, allPairs);
    float[] again = critic.forward(small, shuffled(4, 44));
    for (int p = 0; p < expected.length; p++) {
      // float32 vs double over 8-unit layers of O(1) values: error ~ 1e-6.
      assertThat((double) scored[p]).isCloseTo(expected[p], within(1e-5));
      assertThat(grown[p]).isEqualTo(scored[p]);
    }
    assertThat(again).containsExactly(first);
  }

  @Test
  void misuseIsRejected() {
    ConcatMlpCritic critic = new ConcatMlpCritic(1, 1, new int[] {3}, Activation.RELU, 1);
    assertThatThrownBy(() -> critic.backward(new float[2]))
        .isInstanceOf(IllegalStateException.class);
    Samples batch = randomSamples(3, 1, 1, 2);
    critic.forward(batch, shuffled(3, 3));
    assertThatThrownBy(() -> critic.backward(new float[5]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> critic.forward(randomSamples(3, 2, 1, 4), shuffled(3, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dimX=1");
    assertThatThrownBy(() -> critic.forward(batch, PairIndex.allPairs(4)))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> new ConcatMlpCritic(1, 1, new int[0], Activation.RELU, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void optionsAreValidatedAndRoundTrip() {
    assertThat(MlpCriticOptions.fromProperties(Map.of())).isEqualTo(MlpCriticOptions.defaults());
    MlpCriticOptions options =
        MlpCriticOptions.fromProperties(Map.of("hidden", "64, 32,16", "activation", "TANH"));
    assertThat(options.hidden()).containsExactly(64, 32, 16);
    assertThat(options.activation()).isEqualTo(Activation.TANH);
    assertThat(options.toProperties())
        .containsExactly(Map.entry("hidden", "64,32,16"), Map.entry("activation", "tanh"));
    assertThat(MlpCriticOptions.fromProperties(options.toProperties())).isEqualTo(options);

    assertThatThrownBy(() -> new MlpCriticOptions(new int[] {10, 0}, Activation.RELU))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> MlpCriticOptions.fromProperties(Map.of("hiden", "10")))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("hidden");
    assertThatThrownBy(() -> MlpCriticOptions.fromProperties(Map.of("hidden", "10,x")))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("hidden");
    assertThatThrownBy(() -> MlpCriticOptions.fromProperties(Map.of("hidden", "-5")))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> MlpCriticOptions.fromProperties(Map.of("activation", "relux")))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("relu");
  }

  @Test
  void factoryBuildsSeededCritics() {
    ConcatMlpNetworkFactory factory = new ConcatMlpNetworkFactory();
    assertThat(factory.name()).isEqualTo("concat");
    assertThat(factory.options()).extracting(o -> o.name()).containsExactly("hidden", "activation");
    NetworkBuilder builder = factory.create(Map.of("hidden", "5"));
    StatisticsNetwork a = builder.build(2, 3, 9);
    StatisticsNetwork b = builder.build(2, 3, 9);
    assertThat(a.parameterCount()).isEqualTo(ConcatMlpCritic.parameterCount(2, 3, new int[] {5}));
    assertThat(flat(a.parameters())).containsExactly(flat(b.parameters()));
    assertThat(a.description()).isEqualTo("concat MLP 5-5-1 relu");
  }
}
