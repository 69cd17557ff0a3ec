package org.mine4j.estimators.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.NonFiniteLossException;
import org.mine4j.api.contract.ContractSamples;

/**
 * A run that diverges but stays finite (MINE at learning rate 10 printed -137,336,995 nats, exit 0)
 * ends as a non-finite run does, and a sound run with the same data is untouched.
 */
class FiniteDivergenceTest {
  @Test
  void mineAtLearningRateTenDivergesWithTheStepAndTheFix() {
    Map<String, String> options = Map.of("steps", "50", "learning-rate", "10");
    assertThatThrownBy(
            () ->
                NeuralContractTests.factory("mine")
                    .create(options)
                    .estimate(
                        ContractSamples.gaussian(2000, 1, 0.8, 1), EstimationContext.seeded(0)))
        .isInstanceOfSatisfying(
            NonFiniteLossException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.NON_FINITE_LOSS);
              assertThat(e.step()).isBetween(1L, 50L);
            })
        .hasMessageContaining("training diverged at step")
        .hasMessageContaining("lower the learning rate (now 10");
  }

  @Test
  void theSameRunAtTheDefaultLearningRateIsAnEstimate() {
    // 1-D Gaussian, rho = 0.8: I = -0.5 ln(1 - 0.64) = 0.511 nats; 300 steps of a 16-16 critic
    // on 1,000 training rows land within 0.15 of it (sampling sd of the held-out value ~0.04).
    Estimate e =
        NeuralContractTests.factory("mine")
            .create(Map.of("steps", "300", "hidden", "16,16"))
            .estimate(ContractSamples.gaussian(2000, 1, 0.8, 1), EstimationContext.seeded(0));
    assertThat(e.nats()).isBetween(0.511 - 0.15, 0.511 + 0.05);
  }
}
