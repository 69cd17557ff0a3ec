package org.mine4j.estimators.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.FloatBuffer;
import org.junit.jupiter.api.Test;

/** Early stopping keeps the best parameters, counts patience, and restores the best at the end. */
class BestCheckpointTest {
  @Test
  void restoresTheParametersOfTheBestValidationValue() {
    FloatBuffer params = FloatBuffer.wrap(new float[] {1, 1});
    BestCheckpoint checkpoint = new BestCheckpoint(2, 0);
    checkpoint.offer(0.5, 10, params);
    params.put(0, 2f).put(1, 2f);
    checkpoint.offer(0.9, 20, params);
    params.put(0, 3f).put(1, 3f);
    checkpoint.offer(0.7, 30, params);
    checkpoint.restore(params);
    assertThat(params.array()).containsExactly(2f, 2f);
    assertThat(checkpoint.bestStep()).isEqualTo(20);
  }

  @Test
  void stopsAfterPatienceEvaluationsWithoutImprovement() {
    FloatBuffer params = FloatBuffer.wrap(new float[] {0});
    BestCheckpoint checkpoint = new BestCheckpoint(1, 2);
    assertThat(checkpoint.offer(1.0, 1, params)).isFalse();
    assertThat(checkpoint.offer(0.9, 2, params)).isFalse();
    assertThat(checkpoint.offer(1.1, 3, params)).isFalse(); // improvement resets the count
    assertThat(checkpoint.offer(1.0, 4, params)).isFalse();
    assertThat(checkpoint.offer(1.0, 5, params)).isTrue();
  }

  @Test
  void zeroPatienceNeverStops() {
    FloatBuffer params = FloatBuffer.wrap(new float[] {0});
    BestCheckpoint checkpoint = new BestCheckpoint(1, 0);
    checkpoint.offer(1.0, 1, params);
    for (int i = 0; i < 50; i++) {
      assertThat(checkpoint.offer(0.0, 2 + i, params)).isFalse();
    }
  }
}
