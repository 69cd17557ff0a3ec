package org.mine4j.datasets.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mine4j.datasets.gaussian.CorrelatedGaussianDataset;
import org.mine4j.datasets.gaussian.CorrelatedGaussianOptions;

class MonteCarloMutualInformationTest {
  private final CorrelatedGaussianDataset gaussian =
      new CorrelatedGaussianDataset(new CorrelatedGaussianOptions(3, 0.8));

  @Test
  void agreesWithTheGaussianClosedFormWithinThreeStandardErrors() {
    // I = -(3/2) ln(0.36) = 1.5325; the mean of the exact ratio over 50,000 rows is unbiased with
    // standard error about 0.006, and a correct estimator lands within 3 of them with probability
    // 99.7% (fixed seed: deterministic). 50,000 rows cross three 16,384-row chunks.
    GroundTruth truth = MonteCarloMutualInformation.estimate(gaussian, 50_000, 11L);

    assertThat(truth.sampleSize()).isEqualTo(50_000);
    assertThat(truth.seed()).isEqualTo(11L);
    assertThat(truth.standardError()).isBetween(0.002, 0.02);
    assertThat(truth.estimate())
        .isCloseTo(
            gaussian.trueMutualInformation().getAsDouble(), within(3 * truth.standardError()));
  }

  @Test
  void isDeterministicForASeed() {
    assertThat(MonteCarloMutualInformation.estimate(gaussian, 5_000, 3L))
        .isEqualTo(MonteCarloMutualInformation.estimate(gaussian, 5_000, 3L))
        .isNotEqualTo(MonteCarloMutualInformation.estimate(gaussian, 5_000, 4L));
  }

  @Test
  void rejectsTooFewRows() {
    assertThatThrownBy(() -> MonteCarloMutualInformation.estimate(gaussian, 1, 3L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n must be at least 2, found 1");
  }
}
