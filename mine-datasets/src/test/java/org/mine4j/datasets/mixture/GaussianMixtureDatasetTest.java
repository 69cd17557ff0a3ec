package org.mine4j.datasets.mixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mine4j.datasets.truth.GroundTruth;
import org.mine4j.datasets.truth.MonteCarloMutualInformation;

class GaussianMixtureDatasetTest {
  // A one-component "mixture" is a Gaussian: I = -½ ln(1 - ρ²) (= 0.5108 for ρ = 0.8) per
  // correlated pair. The Monte Carlo mean over 40,000 rows has standard error about 0.004: 3 of
  // them (fixed seed). Two components with the same covariance and means shifted along the
  // diagonal are checked against the same ratio machinery in the bimodal bounds below.
  @Test
  void singleComponentMixtureMatchesTheGaussianClosedForm() {
    GaussianMixtureDataset dataset =
        new GaussianMixtureDataset(
            GaussianMixtureOptions.of(
                1,
                2,
                List.of(
                    MixtureComponent.of(
                        1.0,
                        new double[] {1, -2, 3},
                        new double[] {1, 0.8, 0, 0.8, 1, 0, 0, 0, 4}))));
    GroundTruth truth = MonteCarloMutualInformation.estimate(dataset, 40_000, 5L);

    assertThat(truth.estimate())
        .isCloseTo(-0.5 * Math.log(1 - 0.64), within(3 * truth.standardError()));
  }

  // Bimodal: X, Y independent within each of two equally likely modes, so 0 < I < H(mode) = ln 2;
  // the modes ±(2, 2) overlap little (each coordinate separates them with error Φ(-2) = 2.3%), so
  // I is well above half of ln 2. The X task: the marginals of both components are N(0, 1), so
  // the information is what Y says about the sign of the correlation, well below the single
  // component's -½ ln(1 - 0.81) = 0.830.
  @Test
  void presetsHaveGroundTruthsInTheirKnownRanges() {
    GaussianMixtureDataset bimodal =
        new GaussianMixtureDataset(GaussianMixtureOptions.ofPreset("bimodal"));
    GaussianMixtureDataset x = new GaussianMixtureDataset(GaussianMixtureOptions.ofPreset("x"));

    assertThat(bimodal.trueMutualInformation().getAsDouble()).isBetween(0.4, Math.log(2));
    assertThat(x.trueMutualInformation().getAsDouble()).isBetween(0.1, 0.830);
    for (GaussianMixtureDataset dataset : List.of(bimodal, x)) {
      GroundTruth truth = dataset.groundTruth();
      assertThat(truth.sampleSize()).isEqualTo(GaussianMixtureDataset.GROUND_TRUTH_SAMPLES);
      assertThat(truth.seed()).isEqualTo(GaussianMixtureDataset.GROUND_TRUTH_SEED);
      assertThat(dataset.trueMutualInformationStandardError())
          .isEqualTo(truth.standardError())
          .isBetween(1e-4, 0.005);
    }
  }

  // An independent Monte Carlo run (other seed, 100,000 rows) agrees with the stored ground truth
  // within 3 combined standard errors √(s₁² + s₂²).
  @Tag("slow")
  @ParameterizedTest
  @CsvSource({"bimodal", "x", "ai"})
  void groundTruthIsReproducedByAnIndependentRun(String preset) {
    GaussianMixtureDataset dataset =
        new GaussianMixtureDataset(GaussianMixtureOptions.ofPreset(preset));
    GroundTruth stored = dataset.groundTruth();
    GroundTruth other = MonteCarloMutualInformation.estimate(dataset, 100_000, 123L);

    double combined = Math.hypot(stored.standardError(), other.standardError());
    assertThat(other.estimate()).isCloseTo(stored.estimate(), within(3 * combined));
  }

  @Test
  void explicitOptionsRoundTripThroughProperties() {
    GaussianMixtureOptions options =
        GaussianMixtureOptions.of(
            1,
            1,
            List.of(
                MixtureComponent.of(0.25, new double[] {0.1, -3}, new double[] {2, 0.3, 0.3, 1}),
                MixtureComponent.of(0.75, new double[] {1, 1}, new double[] {1, 0, 0, 0.5})));

    assertThat(options.toProperties())
        .containsEntry("weights", "0.25,0.75")
        .containsEntry("means", "0.1,-3.0;1.0,1.0")
        .containsEntry("covariances", "2.0,0.3,0.3,1.0;1.0,0.0,0.0,0.5");
    assertThat(GaussianMixtureOptions.fromProperties(options.toProperties())).isEqualTo(options);
    assertThat(GaussianMixtureOptions.ofPreset("ai").toProperties()).containsOnlyKeys("preset");
  }
}
