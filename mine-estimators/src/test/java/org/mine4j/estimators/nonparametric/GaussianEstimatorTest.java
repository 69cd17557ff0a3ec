package org.mine4j.estimators.nonparametric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.MineException;
import org.mine4j.api.contract.ContractSamples;
import org.mine4j.api.data.Samples;

/** The Gaussian (canonical correlation) estimator against exact Gaussian MI. */
class GaussianEstimatorTest {
  private final GaussianEstimator gaussian = new GaussianEstimator();

  @Test
  void oneDimensionIsMinusHalfLogOneMinusTheSampleCorrelationSquared() {
    // The plug-in in 1-D is exactly -1/2 ln(1 - r^2) of the Pearson correlation r of the sample.
    Samples samples = ContractSamples.gaussian(1000, 1, 0.6, 2);
    double sx = 0;
    double sy = 0;
    for (int i = 0; i < 1000; i++) {
      sx += samples.x(i, 0);
      sy += samples.y(i, 0);
    }
    double mx = sx / 1000;
    double my = sy / 1000;
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    for (int i = 0; i < 1000; i++) {
      double a = samples.x(i, 0) - mx;
      double b = samples.y(i, 0) - my;
      sxx += a * a;
      syy += b * b;
      sxy += a * b;
    }
    double r = sxy / Math.sqrt(sxx * syy);
    assertThat(gaussian.estimate(samples, EstimationContext.seeded(1)).nats())
        .isCloseTo(-0.5 * Math.log(1 - r * r), within(1e-12));
  }

  @Test
  void componentwiseCorrelatedGaussiansGiveTheTruth() {
    // d = 3, rho = 0.8: I = 1.5325. The estimate's standard error is sqrt(sum rho_i^2 / N) =
    // 0.0196 at N = 5,000 and its bias dx*dy/(2N) = 0.0009: within 3 standard errors plus the bias.
    Samples samples = ContractSamples.gaussian(5000, 3, 0.8, 21);
    double se = Math.sqrt(3 * 0.64 / 5000);
    Estimate estimate = gaussian.estimate(samples, EstimationContext.seeded(1));
    assertThat(estimate.nats())
        .isCloseTo(ContractSamples.gaussianMi(3, 0.8), within(3 * se + 9.0 / 10000));
    assertThat(estimate.ciHigh() - estimate.ciLow()).isCloseTo(2 * 1.96 * se, within(0.01));
  }

  @Test
  void denseCovarianceWithUnequalSidesGivesTheLogDeterminantFormula() {
    // SPEC 4: all off-diagonal correlations 0.5 over dx + dy = 2 + 1 coordinates.
    // I = 1/2 [ln det S_xx + ln det S_yy - ln det S] = 1/2 [ln 0.75 + 0 - ln 0.5] = 1/2 ln 1.5.
    // Var of the estimate ~ sum rho_i^2 / N with the one canonical correlation rho^2 = 1/3:
    // standard error 0.0082 at N = 5,000; within 3 standard errors plus the bias 2/(2N).
    int n = 5000;
    double[][] l = cholesky(new double[][] {{1, 0.5, 0.5}, {0.5, 1, 0.5}, {0.5, 0.5, 1}});
    SplittableRandom random = new SplittableRandom(8);
    float[] x = new float[2 * n];
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      double[] g = {
        ContractSamples.normal(random),
        ContractSamples.normal(random),
        ContractSamples.normal(random)
      };
      double[] z = new double[3];
      for (int a = 0; a < 3; a++) {
        for (int b = 0; b <= a; b++) {
          z[a] += l[a][b] * g[b];
        }
      }
      x[2 * i] = (float) z[0];
      x[2 * i + 1] = (float) z[1];
      y[i] = (float) z[2];
    }
    Samples samples = Samples.ofRowMajor(x, y, n, 2, 1);
    double se = Math.sqrt((1.0 / 3) / n);
    assertThat(gaussian.estimate(samples, EstimationContext.seeded(1)).nats())
        .isCloseTo(0.5 * Math.log(1.5), within(3 * se + 1.0 / n));
  }

  @Test
  void intervalCoversTheTruthAboutNinetyFivePercentOfTheTime() {
    // 200 independent samples of N = 1,000, d = 2, rho = 0.6 (I = 0.4463). Coverage of a 95%
    // interval over 200 runs has a binomial sd of 0.015; accept [0.90, 0.99] (3 sd).
    double truth = ContractSamples.gaussianMi(2, 0.6);
    int covered = 0;
    for (int s = 0; s < 200; s++) {
      Estimate e =
          gaussian.estimate(
              ContractSamples.gaussian(1000, 2, 0.6, 1000 + s), EstimationContext.seeded(s));
      covered += e.ciLow() <= truth && truth <= e.ciHigh() ? 1 : 0;
    }
    assertThat(covered / 200.0).isBetween(0.90, 0.99);
  }

  @Test
  void independentDataGiveAlmostZero() {
    // At independence 2N * I-hat is about chi-squared with dx*dy = 1 degree of freedom:
    // below 10.8/(2N) = 0.0027 with probability 0.999.
    Estimate e =
        gaussian.estimate(ContractSamples.gaussian(2000, 1, 0.0, 5), EstimationContext.seeded(1));
    assertThat(e.nats()).isBetween(0.0, 0.0027);
  }

  @Test
  void aConstantColumnIsRejectedByItsName() {
    // Columns are named as the bmi format and a CSV header name them, from 0: the second X is X1.
    Samples samples = ContractSamples.gaussian(100, 2, 0.5, 1);
    float[] x = samples.xRowMajor();
    for (int i = 0; i < 100; i++) {
      x[2 * i + 1] = 3f;
    }
    Samples constant = Samples.ofRowMajor(x, samples.yRowMajor(), 100, 2, 2);
    assertThatThrownBy(() -> gaussian.estimate(constant, EstimationContext.seeded(1)))
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DATA))
        .hasMessageContaining("column X1 is constant");
  }

  @Test
  void aLinearlyDependentColumnIsRejectedByName() {
    // Y0 = X0 - X1: the joint covariance is singular at Y0; the MI is infinite.
    Samples samples = ContractSamples.gaussian(100, 2, 0.5, 1);
    float[] x = samples.xRowMajor();
    float[] y = new float[100];
    for (int i = 0; i < 100; i++) {
      y[i] = x[2 * i] - x[2 * i + 1];
    }
    Samples dependent = Samples.ofRowMajor(x, y, 100, 2, 1);
    assertThatThrownBy(() -> gaussian.estimate(dependent, EstimationContext.seeded(1)))
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DATA))
        .hasMessageContaining("column Y0")
        .hasMessageContaining("linear combination");
  }

  @Test
  void tooFewRowsAreRejected() {
    assertThatThrownBy(
            () ->
                gaussian.estimate(
                    ContractSamples.gaussian(3, 1, 0.5, 1), EstimationContext.seeded(1)))
        .hasMessageContaining("needs more rows");
  }

  private static double[][] cholesky(double[][] a) {
    int d = a.length;
    double[][] l = new double[d][d];
    for (int j = 0; j < d; j++) {
      double s = a[j][j];
      for (int m = 0; m < j; m++) {
        s -= l[j][m] * l[j][m];
      }
      l[j][j] = Math.sqrt(s);
      for (int i = j + 1; i < d; i++) {
        double t = a[i][j];
        for (int m = 0; m < j; m++) {
          t -= l[i][m] * l[j][m];
        }
        l[i][j] = t / l[j][j];
      }
    }
    return l;
  }
}
