package org.mine4j.estimators.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.FloatBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Early stopping keeps the best parameters, counts patience, and restores the best at the end. */
class BestCheckpointTest {
  @Test
  void restoresTheParametersOfTheBestValidationValue() {
    FloatBuffer params = FloatBuffer.wrap(new float[] {1, 1});
    BestCheckpoint checkpoint = new BestCheckpoint(List.of(params), 0);
    checkpoint.offer(0.5, 10);
    params.put(0, 2f).put(1, 2f);
    checkpoint.offer(0.9, 20);
    params.put(0, 3f).put(1, 3f);
    checkpoint.offer(0.7, 30);
    checkpoint.restore();
    assertThat(params.array()).containsExactly(2f, 2f);
    assertThat(checkpoint.bestStep()).isEqualTo(20);
  }

  @Test
  void restoresEveryBufferOfTheModel() {
    FloatBuffer critic = FloatBuffer.wrap(new float[] {1, 1});
    FloatBuffer baseline = FloatBuffer.wrap(new float[] {5});
    BestCheckpoint checkpoint = new BestCheckpoint(List.of(critic, baseline), 0);
    checkpoint.offer(0.9, 10);
    critic.put(0, 2f);
    baseline.put(0, 6f);
    checkpoint.offer(0.1, 20);
    checkpoint.restore();
    assertThat(critic.array()).containsExactly(1f, 1f);
    assertThat(baseline.array()).containsExactly(5f);
  }

  @Test
  void stopsAfterPatienceEvaluationsWithoutImprovement() {
    FloatBuffer params = FloatBuffer.wrap(new float[] {0});
    BestCheckpoint checkpoint = new BestCheckpoint(List.of(params), 2);
    assertThat(checkpoint.offer(1.0, 1)).isFalse();
    assertThat(checkpoint.offer(0.9, 2)).isFalse();
    assertThat(checkpoint.offer(1.1, 3)).isFalse(); // improvement resets the count
    assertThat(checkpoint.offer(1.0, 4)).isFalse();
    assertThat(checkpoint.offer(1.0, 5)).isTrue();
  }

  @Test
  void zeroPatienceNeverStops() {
    FloatBuffer params = FloatBuffer.wrap(new float[] {0});
    BestCheckpoint checkpoint = new BestCheckpoint(List.of(params), 0);
    checkpoint.offer(1.0, 1);
    for (int i = 0; i < 50; i++) {
      assertThat(checkpoint.offer(0.0, 2 + i)).isFalse();
    }
  }
}
