package org.mine4j.datasets.discrete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mine4j.api.data.Samples;
import org.mine4j.datasets.truth.GroundTruth;
import org.mine4j.datasets.truth.MonteCarloMutualInformation;

class OneHotDatasetTest {
  @Test
  void mutualInformationIsLogD() {
    // ln 4 = 1.386294, ln 10 = 2.302585 (rounding of the check values: 1e-6).
    assertThat(new OneHotDataset(new OneHotOptions(4)).trueMutualInformation().getAsDouble())
        .isCloseTo(1.386294, within(1e-6));
    assertThat(new OneHotDataset(new OneHotOptions(10)).trueMutualInformation().getAsDouble())
        .isCloseTo(2.302585, within(1e-6));
  }

  @Test
  void rowsAreIdenticalOneHotVectorsWithUniformCategories() {
    int d = 5;
    int n = 50_000;
    Samples samples = new OneHotDataset(new OneHotOptions(d)).sample(n, 8L);
    int[] counts = new int[d];
    for (int i = 0; i < n; i++) {
      int ones = 0;
      for (int j = 0; j < d; j++) {
        assertThat(samples.y(i, j)).isEqualTo(samples.x(i, j));
        if (samples.x(i, j) == 1.0f) {
          ones++;
          counts[j]++;
        }
      }
      assertThat(ones).isEqualTo(1);
    }
    // Each count is Binomial(50,000, 0.2): standard deviation √(50,000·0.2·0.8) = 89; 4 of them.
    for (int count : counts) {
      assertThat((double) count).isCloseTo(n / 5.0, within(4 * 89.0));
    }
  }

  @Test
  void monteCarloOfTheRatioIsExactlyLogD() {
    // The ratio is ln d on every joint row, so the mean is ln d and the standard error 0 (up to
    // the rounding of the running mean).
    OneHotDataset dataset = new OneHotDataset(new OneHotOptions(7));
    GroundTruth truth = MonteCarloMutualInformation.estimate(dataset, 10_000, 5L);

    assertThat(truth.estimate()).isCloseTo(Math.log(7), within(1e-12));
    assertThat(truth.standardError()).isLessThan(1e-12);
  }

  @Test
  void ratioIsMinusInfinityForDifferentOrInvalidVectors() {
    OneHotDataset dataset = new OneHotDataset(new OneHotOptions(3));
    assertThat(dataset.logDensityRatio(rows(new float[] {1, 0, 0}, new float[] {0, 1, 0}), 0))
        .isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(dataset.logDensityRatio(rows(new float[] {1, 1, 0}, new float[] {1, 1, 0}), 0))
        .isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(dataset.logDensityRatio(rows(new float[] {0, 0, 0}, new float[] {0, 0, 0}), 0))
        .isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(dataset.logDensityRatio(rows(new float[] {0, 0, 1}, new float[] {0, 0, 1}), 0))
        .isCloseTo(Math.log(3), within(1e-15));
  }

  @Test
  void optionsRoundTrip() {
    assertThat(OneHotOptions.fromProperties(new OneHotOptions(9).toProperties()))
        .isEqualTo(new OneHotOptions(9));
    assertThat(OneHotOptions.fromProperties(Map.of())).isEqualTo(OneHotOptions.defaults());
  }

  private static Samples rows(float[] x, float[] y) {
    return Samples.ofRowMajor(x, y, 1, x.length, y.length);
  }
}
