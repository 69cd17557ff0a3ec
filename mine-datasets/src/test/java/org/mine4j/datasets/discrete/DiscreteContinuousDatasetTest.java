package org.mine4j.datasets.discrete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mine4j.api.data.Samples;
import org.mine4j.datasets.truth.GroundTruth;
import org.mine4j.datasets.truth.MonteCarloMutualInformation;

class DiscreteContinuousDatasetTest {
  // Hand-derived values: w ≤ 1 gives ln m; m = 2, w = 2: Y has c = 2 on [1, 2] only, I = ln 2 -
  // (2 ln 2)/4 = ½ ln 2; m = 4, w = 2: c = 2 on [1, 4], I = ln 4 - 6 ln 2 / 8 = 1.25 ln 2; m = 2,
  // w = 1.5: c = 2 on [1, 1.5], I = ln 2 - ln 2 / 3. Exact up to rounding (1e-12).
  @ParameterizedTest
  @CsvSource({
    "5, 0.3, 1.6094379124341003",
    "5, 1.0, 1.6094379124341003",
    "2, 2.0, 0.34657359027997264",
    "4, 2.0, 0.8664339756999316",
    "2, 1.5, 0.46209812037329684"
  })
  void closedFormMatchesHandDerivedValues(int m, double w, double expected) {
    assertThat(new DiscreteContinuousOptions(m, w).mutualInformation())
        .isCloseTo(expected, within(1e-12));
  }

  // The piecewise closed form against an independent computation: c(y) is constant between the
  // sorted breakpoints {k} ∪ {k + w}, so ∫ c ln c dy is a finite sum over those gaps.
  @ParameterizedTest
  @CsvSource({"3, 1.25", "4, 2.6", "7, 3.2", "3, 5.5", "10, 9.99", "2, 1000.3", "6, 0.8"})
  void closedFormMatchesTheSumOverBreakpoints(int m, double w) {
    double[] breaks =
        DoubleStream.concat(
                DoubleStream.iterate(0, k -> k < m, k -> k + 1),
                DoubleStream.iterate(0, k -> k < m, k -> k + 1).map(k -> k + w))
            .sorted()
            .toArray();
    double integral = 0;
    for (int i = 0; i + 1 < breaks.length; i++) {
      int c = DiscreteContinuousTruth.coverCount(m, w, 0.5 * (breaks[i] + breaks[i + 1]));
      integral += (breaks[i + 1] - breaks[i]) * (c > 0 ? c * Math.log(c) : 0.0);
    }
    double expected = Math.log(m) - integral / (m * w);
    assertThat(Arrays.stream(breaks).min().orElseThrow()).isZero();
    assertThat(new DiscreteContinuousOptions(m, w).mutualInformation())
        .isCloseTo(expected, within(1e-9));
  }

  // The closed form against the Monte Carlo mean of the exact ratio ln(m / c(y)): 40,000 rows,
  // standard error up to about 0.004; 3 standard errors (fixed seed).
  @ParameterizedTest
  @CsvSource({"4, 2.0", "3, 1.7", "10, 3.4", "5, 0.9", "2, 20.0"})
  void monteCarloOfTheLogDensityRatioMatchesTheClosedForm(int m, double w) {
    assertMonteCarloAgrees(new DiscreteContinuousOptions(m, w), 40_000);
  }

  @Tag("slow")
  @ParameterizedTest
  @CsvSource({"4, 2.0", "10, 3.4", "7, 2.5"})
  void monteCarloAgreesAtAMillionRows(int m, double w) {
    assertMonteCarloAgrees(new DiscreteContinuousOptions(m, w), 1_000_000);
  }

  private static void assertMonteCarloAgrees(DiscreteContinuousOptions options, int n) {
    DiscreteContinuousDataset dataset = new DiscreteContinuousDataset(options);
    GroundTruth truth = MonteCarloMutualInformation.estimate(dataset, n, 17L);

    assertThat(truth.estimate())
        .as("%s", options)
        .isCloseTo(options.mutualInformation(), within(3 * truth.standardError()));
  }

  @ParameterizedTest
  @CsvSource({"3, 0.7", "4, 2.5"})
  void rowsHaveIntegerXAndYInItsInterval(int m, double w) {
    Samples samples =
        new DiscreteContinuousDataset(new DiscreteContinuousOptions(m, w)).sample(5_000, 2);
    for (int i = 0; i < samples.rows(); i++) {
      double x = samples.x(i, 0);
      assertThat(x).isEqualTo(Math.rint(x)).isBetween(0.0, m - 1.0);
      assertThat((double) samples.y(i, 0)).isBetween(x, x + w);
    }
  }
}
