package org.mine4j.estimators.critic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.FloatBuffer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mine4j.api.data.Samples;

/** The learned baseline log a(y): forward, evaluation and back-propagation. */
class BaselineMlpTest {
  private static final int ROWS = 5;
  private static final int DIM_Y = 3;

  private static Samples samples(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] x = new float[ROWS];
    float[] y = new float[ROWS * DIM_Y];
    for (int i = 0; i < y.length; i++) {
      y[i] = (float) (2 * random.nextDouble() - 1);
    }
    return Samples.ofRowMajor(x, y, ROWS, 1, DIM_Y);
  }

  /** L = sum_j c_j log a(y_j) with fixed weights c, evaluated without touching training state. */
  private static double loss(BaselineMlp baseline, Samples batch, float[] c) {
    float[] values = baseline.evaluate(batch);
    double sum = 0;
    for (int j = 0; j < values.length; j++) {
      sum += c[j] * values[j];
    }
    return sum;
  }

  @Test
  void gradientsMatchFiniteDifferences() {
    for (Activation activation : new Activation[] {Activation.TANH, Activation.RELU}) {
      BaselineMlp baseline = new BaselineMlp(DIM_Y, new int[] {4, 3}, activation, 11);
      Samples batch = samples(12);
      float[] c = {0.5f, -1f, 0.25f, 2f, -0.75f};
      baseline.forward(batch);
      baseline.backward(c);
      float[] analytic = new float[baseline.parameterCount()];
      baseline.gradients().get(0, analytic);
      FloatBuffer params = baseline.parameters();
      float h = 1e-2f;
      for (int p = 0; p < baseline.parameterCount(); p++) {
        float original = params.get(p);
        params.put(p, original + h);
        double plus = loss(baseline, batch, c);
        params.put(p, original - h);
        double minus = loss(baseline, batch, c);
        params.put(p, original);
        // Central difference in float32 with h = 1e-2: truncation O(h^2) ~ 1e-4 for tanh, exact for
        // the piecewise-linear relu away from kinks; 2e-3 is far below a wrong term (gradients
        // O(1)).
        assertThat((double) analytic[p])
            .as("%s parameter %d", activation, p)
            .isCloseTo((plus - minus) / (2 * h), within(2e-3));
      }
    }
  }

  @Test
  void evaluationEqualsTheTrainingForwardPassAndBadInputIsRejected() {
    BaselineMlp baseline = new BaselineMlp(DIM_Y, new int[] {8}, Activation.RELU, 3);
    Samples batch = samples(4);
    assertThat(baseline.evaluate(batch)).containsExactly(baseline.forward(batch));
    assertThat(baseline.description()).isEqualTo("baseline mlp 3-8-1");
    assertThatThrownBy(() -> baseline.backward(new float[2])).hasMessageContaining("5 gradient");
    assertThatThrownBy(
            () -> baseline.evaluate(Samples.ofRowMajor(new float[2], new float[2], 2, 1, 1)))
        .hasMessageContaining("dimY=3");
    assertThatThrownBy(() -> new BaselineMlp(0, new int[] {8}, Activation.RELU, 1))
        .hasMessageContaining("dimY must be positive");
  }
}
