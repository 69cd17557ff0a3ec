package org.mine4j.estimators.nonparametric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.apache.commons.numbers.gamma.Erfc;
import org.junit.jupiter.api.Test;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.MineException;
import org.mine4j.api.contract.ContractSamples;
import org.mine4j.api.data.Samples;

/**
 * The histogram estimator against the exact MI of the discretised Gaussian: the population cell
 * probabilities of the same bins, integrated numerically.
 */
class HistogramEstimatorTest {
  private static final double RHO = 0.8;

  @Test
  void oneDimensionalGaussianGivesTheMiOfItsBinsPlusThePlugInBias() {
    int n = 20_000;
    int bins = 10;
    Samples samples = ContractSamples.gaussian(n, 1, RHO, 17);
    Estimate estimate =
        new HistogramEstimator(new HistogramOptions(bins))
            .estimate(samples, EstimationContext.seeded(1));
    double binned = binnedGaussianMi(samples, bins);
    // Discretising loses information (data processing): about 0.05 nats at 10 bins.
    assertThat(binned).isLessThan(ContractSamples.gaussianMi(1, RHO) - 0.02);
    // The plug-in on N rows exceeds the binned MI by about (cells - 2*bins + 1)/(2N) <= 0.002
    // (Miller-Madow) plus noise of standard error ~0.005 (the estimator's own delta-method
    // interval): within 3 standard errors of binned + bias.
    double se = (estimate.ciHigh() - estimate.ciLow()) / (2 * 1.96);
    double bias = (bins - 1) * (bins - 1) / (2.0 * n);
    assertThat(estimate.nats()).isCloseTo(binned + bias, within(3 * se));
    assertThat(estimate.warnings()).singleElement().asString().contains("Miller-Madow");
  }

  @Test
  void independentDataGiveThePlugInBias() {
    // For independent data the plug-in is about chi-squared with (B-1)^2 degrees of freedom over
    // 2N: mean 81/4000 = 0.020, sd sqrt(2*81)/4000 = 0.0032; within 4 sd of the mean.
    Estimate estimate =
        new HistogramEstimator(HistogramOptions.defaults())
            .estimate(ContractSamples.gaussian(2000, 1, 0.0, 9), EstimationContext.seeded(1));
    assertThat(estimate.nats()).isCloseTo(81.0 / 4000, within(4 * Math.sqrt(162) / 4000));
  }

  @Test
  void moreThanFourDimensionsAreRefusedWithAnAlternative() {
    Samples five = ContractSamples.gaussian(100, 2, 0.5, 1);
    Samples wide =
        Samples.ofRowMajor(
            five.xRowMajor(), ContractSamples.gaussian(100, 3, 0.5, 2).yRowMajor(), 100, 2, 3);
    assertThatThrownBy(
            () ->
                new HistogramEstimator(HistogramOptions.defaults())
                    .estimate(wide, EstimationContext.seeded(1)))
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DATA))
        .hasMessageContaining("2 + 3")
        .hasMessageContaining("use ksg or a neural estimator");
  }

  @Test
  void twoPlusTwoDimensionsWork() {
    // d = 2, rho = 0.8: I = 1.02; 5 bins lose part of it, but the estimate is clearly positive.
    Estimate estimate =
        new HistogramEstimator(new HistogramOptions(5))
            .estimate(ContractSamples.gaussian(5000, 2, 0.8, 3), EstimationContext.seeded(1));
    assertThat(estimate.nats()).isBetween(0.5, ContractSamples.gaussianMi(2, 0.8));
  }

  @Test
  void aConstantColumnCarriesNoInformation() {
    float[] x = new float[100];
    Samples samples =
        Samples.ofRowMajor(x, ContractSamples.gaussian(100, 1, 0, 1).yRowMajor(), 100, 1, 1);
    assertThat(
            new HistogramEstimator(HistogramOptions.defaults())
                .estimate(samples, EstimationContext.seeded(1))
                .nats())
        .isZero();
  }

  @Test
  void optionsRoundTrip() {
    assertThat(HistogramOptions.fromProperties(Map.of("bins", "33")).toProperties())
        .containsEntry("bins", "33");
  }

  /**
   * The exact MI of X and Y = rho X + sqrt(1 - rho^2) e binned at the sample's own equal-width
   * edges (outer bins open-ended, as the estimator assigns every row): cell probabilities ∫ φ(x)
   * [Φ((b - rho x)/s) - Φ((a - rho x)/s)] dx by Simpson's rule on each x-bin.
   */
  private static double binnedGaussianMi(Samples samples, int bins) {
    double[] ex = edges(samples, true, bins);
    double[] ey = edges(samples, false, bins);
    double s = Math.sqrt(1 - RHO * RHO);
    double mi = 0;
    for (int i = 0; i < bins; i++) {
      double a = i == 0 ? -12 : ex[i];
      double b = i == bins - 1 ? 12 : ex[i + 1];
      double px = phi(b) - phi(a);
      for (int j = 0; j < bins; j++) {
        double c = j == 0 ? Double.NEGATIVE_INFINITY : ey[j];
        double d = j == bins - 1 ? Double.POSITIVE_INFINITY : ey[j + 1];
        double py = phi(d) - phi(c);
        int steps = 2000;
        double h = (b - a) / steps;
        double sum = 0;
        for (int m = 0; m <= steps; m++) {
          double x = a + m * h;
          double f =
              Math.exp(-0.5 * x * x)
                  / Math.sqrt(2 * Math.PI)
                  * (phi((d - RHO * x) / s) - phi((c - RHO * x) / s));
          sum += f * (m == 0 || m == steps ? 1 : (m % 2 == 1 ? 4 : 2));
        }
        double pxy = sum * h / 3;
        if (pxy > 0) {
          mi += pxy * Math.log(pxy / (px * py));
        }
      }
    }
    return mi;
  }

  private static double[] edges(Samples samples, boolean xSide, int bins) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < samples.rows(); i++) {
      double v = xSide ? samples.x(i, 0) : samples.y(i, 0);
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double[] edges = new double[bins + 1];
    for (int i = 0; i <= bins; i++) {
      edges[i] = min + i * (max - min) / bins;
    }
    return edges;
  }

  private static double phi(double t) {
    if (Double.isInfinite(t)) {
      return t > 0 ? 1 : 0;
    }
    return 0.5 * Erfc.value(-t / Math.sqrt(2));
  }
}
