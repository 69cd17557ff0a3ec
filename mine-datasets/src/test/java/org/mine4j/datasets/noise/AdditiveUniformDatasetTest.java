package org.mine4j.datasets.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Samples;
import org.mine4j.datasets.truth.GroundTruth;
import org.mine4j.datasets.truth.MonteCarloMutualInformation;

class AdditiveUniformDatasetTest {
  private static final long SEED = 99L;

  // SPEC §4 check values (4 decimals, so 5e-5), the branch point ε = ½ (both branches give
  // 0.5 - ln 1 = 1/(4·0.5) = 0.5) and d = 3 copies of ε = 0.25: 3(0.25 - ln 0.5) = 2.82944.
  @ParameterizedTest
  @CsvSource({
    "0.1, 1, 1.7094",
    "0.75, 1, 0.3333",
    "0.5, 1, 0.5",
    "0.25, 3, 2.82944",
    "2, 1, 0.125"
  })
  void exactMutualInformationMatchesCheckValues(double epsilon, int dim, double expected) {
    AdditiveUniformDataset dataset =
        new AdditiveUniformDataset(new AdditiveUniformOptions(epsilon, dim));

    assertThat(dataset.trueMutualInformation().getAsDouble()).isCloseTo(expected, within(5e-5));
  }

  // The closed form against the Monte Carlo mean of the exact ratio -ln ℓ(y): 40,000 rows give a
  // standard error of 0.003 to 0.01; 3 standard errors (99.7% for a correct pair, fixed seed).
  @ParameterizedTest
  @CsvSource({"0.1, 1", "0.75, 1", "0.5, 2", "0.02, 1", "3, 1"})
  void monteCarloOfTheLogDensityRatioMatchesTheClosedForm(double epsilon, int dim) {
    assertMonteCarloAgrees(new AdditiveUniformOptions(epsilon, dim), 40_000);
  }

  // The same at 1,000,000 rows (standard error 0.0005 to 0.001): catches biases 20 times smaller.
  @Tag("slow")
  @ParameterizedTest
  @CsvSource({"0.1, 1", "0.75, 1", "0.3, 2"})
  void monteCarloAgreesAtAMillionRows(double epsilon, int dim) {
    assertMonteCarloAgrees(new AdditiveUniformOptions(epsilon, dim), 1_000_000);
  }

  private static void assertMonteCarloAgrees(AdditiveUniformOptions options, int n) {
    AdditiveUniformDataset dataset = new AdditiveUniformDataset(options);
    GroundTruth truth = MonteCarloMutualInformation.estimate(dataset, n, SEED);

    assertThat(truth.estimate())
        .as("%s", options)
        .isCloseTo(options.mutualInformation(), within(3 * truth.standardError()));
  }

  @Test
  void everyRowIsInTheSupport() {
    Samples samples =
        new AdditiveUniformDataset(new AdditiveUniformOptions(0.3, 2)).sample(5_000, 1);
    for (int i = 0; i < samples.rows(); i++) {
      for (int j = 0; j < 2; j++) {
        assertThat((double) samples.x(i, j)).isBetween(0.0, 1.0);
        assertThat(Math.abs((double) samples.y(i, j) - samples.x(i, j))).isLessThanOrEqualTo(0.3);
      }
    }
  }

  @Test
  void ratioIsMinusLogOfTheReachableLengthAndMinusInfinityOffTheSupport() {
    AdditiveUniformDataset dataset =
        new AdditiveUniformDataset(new AdditiveUniformOptions(0.25, 1));
    // y = 0.5: ℓ = 0.5 → ln 2; y = 0.1 (x = 0): ℓ = 0.35 → -ln 0.35; |y - x| = 0.3 > ε → -∞.
    assertThat(dataset.logDensityRatio(row(0.4f, 0.5f), 0)).isCloseTo(Math.log(2), within(1e-12));
    assertThat(dataset.logDensityRatio(row(0.0f, 0.1f), 0))
        .isCloseTo(-Math.log(0.35), within(1e-7));
    assertThat(dataset.logDensityRatio(row(0.2f, 0.5f), 0)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThatThrownBy(
            () ->
                dataset.logDensityRatio(Samples.ofRowMajor(new float[2], new float[2], 1, 2, 2), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dimX=2");
  }

  @Test
  void optionsRoundTripAndNameTheBadValue() {
    AdditiveUniformOptions options = AdditiveUniformOptions.defaults().withEpsilon(0.3).withDim(2);

    assertThat(AdditiveUniformOptions.fromProperties(options.toProperties())).isEqualTo(options);
    assertThat(options.toProperties())
        .containsExactly(Map.entry("epsilon", "0.3"), Map.entry("dim", "2"));
    assertThatThrownBy(() -> AdditiveUniformOptions.fromProperties(Map.of("epsilon", "-0.1")))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("dataset 'additive-uniform'")
        .hasMessageContaining("epsilon must be finite and > 0, found -0.1");
  }

  private static Samples row(float x, float y) {
    return Samples.ofRowMajor(new float[] {x}, new float[] {y}, 1, 1, 1);
  }
}
