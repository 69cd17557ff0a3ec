package org.mine4j.estimators.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.junit.jupiter.api.Test;

/** Adam against the PyTorch update rule written out by hand in double precision. */
class AdamTest {

  /** torch.optim.Adam's update, step by step, in double. */
  private static double[] reference(double[] p0, double[][] gradients, double lr) {
    double[] p = p0.clone();
    double[] m = new double[p.length];
    double[] v = new double[p.length];
    for (int t = 1; t <= gradients.length; t++) {
      double[] g = gradients[t - 1];
      for (int i = 0; i < p.length; i++) {
        m[i] = 0.9 * m[i] + 0.1 * g[i];
        v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
        double denominator = Math.sqrt(v[i]) / Math.sqrt(1 - Math.pow(0.999, t)) + 1e-8;
        p[i] -= lr / (1 - Math.pow(0.9, t)) * m[i] / denominator;
      }
    }
    return p;
  }

  private static final double[] START = {0.5, -1.0, 2.0, 0.0, 3.0};
  private static final double[][] GRADIENTS = {
    {0.1, -0.2, 0.0, 4.0, 1e-3},
    {0.3, 0.1, -0.5, -2.0, 1e-3},
    {-0.2, 0.0, 0.5, 1.0, -1e-3},
    {0.05, 0.4, 1.0, 0.5, 0.0}
  };

  private static void run(FloatBuffer params, FloatBuffer grads, double lr) {
    Adam adam = new Adam(START.length, lr);
    for (double[] g : GRADIENTS) {
      for (int i = 0; i < g.length; i++) {
        grads.put(i, (float) g[i]);
      }
      adam.step(params, grads);
    }
    assertThat(adam.steps()).isEqualTo(GRADIENTS.length);
  }

  private static void assertMatchesReference(FloatBuffer params, double lr) {
    double[] expected = reference(START, GRADIENTS, lr);
    for (int i = 0; i < START.length; i++) {
      // float32 arithmetic on O(1) values over 4 steps: relative error ~ 1e-7 per operation,
      // parameters O(1);
      // 1e-6 is well below the per-step change lr = 0.01 that a wrong formula would produce.
      assertThat((double) params.get(i)).as("parameter %d", i).isCloseTo(expected[i], within(1e-6));
    }
  }

  @Test
  void firstStepMovesEachParameterByTheLearningRate() {
    // With bias correction, step 1 gives m_hat / sqrt(v_hat) = g / |g|: every parameter with g != 0
    // moves by lr.
    FloatBuffer params = FloatBuffer.wrap(new float[] {1f, 1f, 1f});
    FloatBuffer grads = FloatBuffer.wrap(new float[] {0.3f, -7f, 0f});
    new Adam(3, 0.01).step(params, grads);
    assertThat(params.get(0)).isCloseTo(0.99f, within(1e-6f));
    assertThat(params.get(1)).isCloseTo(1.01f, within(1e-6f));
    assertThat(params.get(2)).isEqualTo(1f);
  }

  @Test
  void heapBuffersFollowThePyTorchRule() {
    float[] p = new float[START.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = (float) START[i];
    }
    FloatBuffer params = FloatBuffer.wrap(p);
    FloatBuffer grads = FloatBuffer.allocate(START.length);
    run(params, grads, 0.01);
    assertMatchesReference(params, 0.01);
    assertThat(params.position()).isZero();
    assertThat(grads.position()).isZero();
  }

  @Test
  void directBuffersFollowThePyTorchRule() {
    FloatBuffer params =
        ByteBuffer.allocateDirect(4 * START.length).order(ByteOrder.nativeOrder()).asFloatBuffer();
    FloatBuffer grads =
        ByteBuffer.allocateDirect(4 * START.length).order(ByteOrder.nativeOrder()).asFloatBuffer();
    for (int i = 0; i < START.length; i++) {
      params.put(i, (float) START[i]);
    }
    run(params, grads, 0.01);
    assertMatchesReference(params, 0.01);
    assertThat(params.position()).isZero();
  }

  @Test
  void badArgumentsAreRejected() {
    assertThatThrownBy(() -> new Adam(-1, 0.1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Adam(3, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Adam(3, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    Adam adam = new Adam(3, 0.1);
    assertThatThrownBy(() -> adam.step(FloatBuffer.allocate(2), FloatBuffer.allocate(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 parameters");
  }
}
