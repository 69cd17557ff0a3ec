package org.mine4j.estimators.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mine4j.api.contract.ContractSamples;
import org.mine4j.api.data.Samples;
import org.mine4j.estimators.critic.Activation;
import org.mine4j.estimators.critic.ConcatMlpCritic;
import org.mine4j.estimators.critic.separable.SeparableCritic;

/**
 * Held-out scoring in chunks of rows gives the very scores of one call over all rows, so memory can
 * be bounded without changing an estimate.
 */
class ChunkedScoringTest {
  @Test
  void chunkedScoresEqualTheScoresOfOneCall() {
    Samples heldOut = ContractSamples.gaussian(1001, 2, 0.5, 3);
    int[] permutation = Permutations.random(1001, new SplittableRandom(4));
    ScoringModel model =
        ScoringModel.of(new ConcatMlpCritic(2, 2, new int[] {8, 8}, Activation.RELU, 5));

    float[] whole = HeldOutEvaluator.scoreShuffled(model, heldOut, permutation, 5000);
    float[] chunked = HeldOutEvaluator.scoreShuffled(model, heldOut, permutation, 100);

    assertThat(chunked).containsExactly(whole);
  }

  @Test
  void chunkedScoresOfASeparableCriticEqualOneCall() {
    Samples heldOut = ContractSamples.gaussian(777, 1, 0.5, 3);
    int[] permutation = Permutations.random(777, new SplittableRandom(4));
    ScoringModel model =
        ScoringModel.of(new SeparableCritic(1, 1, new int[] {8}, 4, Activation.RELU, 5));

    assertThat(HeldOutEvaluator.scoreShuffled(model, heldOut, permutation, 64))
        .containsExactly(HeldOutEvaluator.scoreShuffled(model, heldOut, permutation, 1000));
  }
}
