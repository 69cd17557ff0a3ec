package org.example.copula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.MineException;
import org.mine4j.api.contract.ContractSamples;
import org.mine4j.api.data.Samples;

class CopulaGaussianEstimatorTest {
  private static Estimate estimate(Samples samples) {
    return new CopulaGaussianFactory()
        .create(Map.of())
        .estimate(samples, EstimationContext.seeded(0));
  }

  @Test
  void theLogNormalPairHasTheMutualInformationOfItsNormals() {
    double rho = 0.9;
    Samples samples = new LogNormalPairFactory().create(Map.of("rho", "0.9")).sample(20_000, 3);

    // Exact: MI is invariant under e^x. At n = 20,000 the Fisher-z standard error of r_s is
    // 1.03 / sqrt(19,997) = 0.0073, which at rho = 0.9 is about 0.04 nats of MI; 0.1 is 2.5 of
    // them.
    assertThat(estimate(samples).nats()).isCloseTo(-0.5 * Math.log1p(-rho * rho), within(0.1));
  }

  @Test
  void ranksMakeItBlindToMonotoneMaps() {
    Samples gaussian = ContractSamples.gaussian(3000, 1, 0.7, 5);
    float[] x = new float[3000];
    float[] y = new float[3000];
    for (int i = 0; i < 3000; i++) {
      x[i] = (float) Math.exp(gaussian.x(i, 0));
      y[i] = (float) Math.pow(gaussian.y(i, 0), 3);
    }

    // Exactly the same ranks, so exactly the same number (no tolerance needed).
    assertThat(estimate(Samples.ofRowMajor(x, y, 3000, 1, 1)).nats())
        .isEqualTo(estimate(gaussian).nats());
  }

  @Test
  void theIntervalHoldsTheEstimate() {
    Estimate estimate = estimate(ContractSamples.gaussian(500, 1, 0.5, 8));

    assertThat(estimate.ciLow()).isLessThanOrEqualTo(estimate.nats());
    assertThat(estimate.ciHigh()).isGreaterThanOrEqualTo(estimate.nats());
    assertThat(estimate.ciLow()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void moreThanOneDimensionIsRejectedNamingTheDimensions() {
    assertThatThrownBy(() -> estimate(ContractSamples.gaussian(100, 2, 0.5, 1)))
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DATA))
        .hasMessageContaining("dimX = 2 and dimY = 2");
  }
}
