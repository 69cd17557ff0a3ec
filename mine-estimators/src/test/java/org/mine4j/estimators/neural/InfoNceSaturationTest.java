package org.mine4j.estimators.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.contract.ContractSamples;

/**
 * InfoNCE cannot exceed ln K: on strongly dependent data (1-D Gaussians with rho = 0.999, I = 3.11
 * nats) and batch size 2 (ceiling ln 2 = 0.69) the estimate reaches its ceiling and says so.
 */
class InfoNceSaturationTest {
  @Test
  void smallBatchSaturatesAndWarns() {
    Estimate estimate =
        NeuralContractTests.factory("infonce")
            .create(
                Map.of(
                    "steps",
                    "1500",
                    "batch-size",
                    "2",
                    "learning-rate",
                    "0.002",
                    "hidden",
                    "32,32"))
            .estimate(ContractSamples.gaussian(2000, 1, 0.999, 21), EstimationContext.seeded(3));
    assertThat(estimate.ceiling()).hasValue(Math.log(2));
    assertThat(estimate.nats()).isLessThanOrEqualTo(Math.log(2));
    assertThat(estimate.saturated()).as("%s", estimate).isTrue();
    assertThat(estimate.warnings()).anyMatch(w -> w.startsWith("saturated"));
  }
}
