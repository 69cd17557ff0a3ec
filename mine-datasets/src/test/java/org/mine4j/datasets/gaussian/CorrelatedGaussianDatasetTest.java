package org.mine4j.datasets.gaussian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.data.Samples;

/** Ground truth of SPEC §4 for the componentwise correlated Gaussian. */
class CorrelatedGaussianDatasetTest {
  private static final long SEED = 12345L;

  // Check values of -(d/2) ln(1 - rho^2), from SPEC §4 and computed independently (e.g. 1-D
  // rho = 0.5: -0.5 ln 0.75 = 0.143841); 5e-5 is the rounding of the 4-5 digit check values.
  @ParameterizedTest
  @CsvSource({
    "1, 0.99, 1.9585",
    "1, 0.5, 0.143841",
    "1, -0.5, 0.143841",
    "1, 0.0, 0.0",
    "20, 0.7950601, 10.0",
    "3, 0.9, 2.49110"
  })
  void exactMutualInformationMatchesCheckValues(int dim, double rho, double expected) {
    CorrelatedGaussianDataset dataset =
        new CorrelatedGaussianDataset(new CorrelatedGaussianOptions(dim, rho));

    assertThat(dataset.trueMutualInformation()).isPresent();
    assertThat(dataset.trueMutualInformation().getAsDouble()).isCloseTo(expected, within(5e-5));
  }

  @Test
  void isAGeneratorWithDimensionDOnBothSides() {
    CorrelatedGaussianDataset dataset =
        new CorrelatedGaussianDataset(new CorrelatedGaussianOptions(4, 0.3));

    assertThat(dataset.size()).isEmpty();
    assertThat(dataset.dimX()).isEqualTo(4);
    assertThat(dataset.dimY()).isEqualTo(4);
    assertThat(dataset.name()).isEqualTo("correlated-gaussian");
    Samples samples = dataset.sample(10, SEED);
    assertThat(samples.rows()).isEqualTo(10);
    assertThat(samples.dimX()).isEqualTo(4);
  }

  @Test
  void aYTransformCubesYAndKeepsTheExactMutualInformation() {
    CorrelatedGaussianFactory factory = new CorrelatedGaussianFactory();
    Dataset plain = factory.create(Map.of("dim", "20", "mi", "4"));
    Dataset cubic = factory.create(Map.of("dim", "20", "mi", "4", "y-transform", "cube"));

    // y -> y^3 is invertible, so I(X; Y^3) = I(X; Y) (Kraskov et al. 2004): the same closed form.
    assertThat(cubic.trueMutualInformation().getAsDouble())
        .isCloseTo(4.0, within(1e-12))
        .isEqualTo(plain.trueMutualInformation().getAsDouble());
    assertThat(cubic.name()).isEqualTo("correlated-gaussian");
    assertThat(cubic.options()).containsEntry("dim", "20").containsEntry("y-transform", "cube");
    assertThat(factory.create(cubic.options()).trueMutualInformation())
        .isEqualTo(cubic.trueMutualInformation());
    Samples base = plain.sample(50, SEED);
    Samples cubed = cubic.sample(50, SEED);
    assertThat(cubed.xRowMajor()).isEqualTo(base.xRowMajor());
    float[] y = base.yRowMajor();
    float[] y3 = cubed.yRowMajor();
    for (int i = 0; i < y.length; i++) {
      // Float storage: the cube of the stored float agrees to float rounding (2^-23 relative).
      assertThat((double) y3[i]).isCloseTo(Math.pow(y[i], 3), within(1e-6 * (1 + Math.abs(y3[i]))));
    }
  }

  @Test
  void successiveCallsGiveFreshRows() {
    var sampler = new CorrelatedGaussianDataset(CorrelatedGaussianOptions.defaults()).sampler(SEED);

    assertThat(sampler.next(50).xRowMajor()).isNotEqualTo(sampler.next(50).xRowMajor());
  }

  @Test
  void empiricalMomentsMatchTheModel() {
    int n = 200_000;
    double rho = 0.8;
    int dim = 2;
    Samples samples =
        new CorrelatedGaussianDataset(new CorrelatedGaussianOptions(dim, rho)).sample(n, SEED);

    for (int j = 0; j < dim; j++) {
      double sx = 0;
      double sy = 0;
      double sxx = 0;
      double syy = 0;
      double sxy = 0;
      for (int i = 0; i < n; i++) {
        double x = samples.x(i, j);
        double y = samples.y(i, j);
        sx += x;
        sy += y;
        sxx += x * x;
        syy += y * y;
        sxy += x * y;
      }
      double mx = sx / n;
      double my = sy / n;
      double vx = sxx / n - mx * mx;
      double vy = syy / n - my * my;
      double r = (sxy / n - mx * my) / Math.sqrt(vx * vy);
      // Standard errors at N = 200,000: mean 1/sqrt(N) = 0.0022; variance sqrt(2/N) = 0.0032;
      // sample correlation (1 - rho^2)/sqrt(N) = 0.36/447 = 0.0008. Four standard errors each
      // (two-sided failure probability 6e-5 per check for a correct sampler; fixed seed).
      assertThat(mx).as("mean of X_%d", j).isCloseTo(0.0, within(4 * 0.0022));
      assertThat(my).as("mean of Y_%d", j).isCloseTo(0.0, within(4 * 0.0022));
      assertThat(vx).as("variance of X_%d", j).isCloseTo(1.0, within(4 * 0.0032));
      assertThat(vy).as("variance of Y_%d", j).isCloseTo(1.0, within(4 * 0.0032));
      assertThat(r).as("correlation of (X_%d, Y_%d)", j, j).isCloseTo(rho, within(4 * 0.0008));
    }
  }

  @Test
  void crossComponentsAreUncorrelated() {
    int n = 200_000;
    Samples samples =
        new CorrelatedGaussianDataset(new CorrelatedGaussianOptions(2, 0.9)).sample(n, SEED);
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += samples.x(i, 0) * (double) samples.y(i, 1);
    }
    // E[x_0 y_1] = 0 with variance 1 per term, so the mean has standard error 1/sqrt(N) = 0.0022;
    // four standard errors.
    assertThat(sum / n).isCloseTo(0.0, within(4 * 0.0022));
  }

  // Monte-Carlo check of the closed form: I = E_joint[log p(x,y) / (p(x) p(y))]. The mean of the
  // exact log density ratio over N i.i.d. rows is unbiased for I with standard error s / sqrt(N), s
  // the sample standard deviation of the ratio; a correct sampler and formula land within 3
  // standard errors with probability 99.7%, and the seed is fixed, so the test is deterministic.
  // A wrong rho, a wrong noise scale or a wrong closed form moves the mean by many standard errors
  // at N = 400,000 (standard error about 0.002 to 0.02 here).
  @ParameterizedTest
  @CsvSource({"1, 0.99", "1, 0.5", "3, -0.7", "20, 0.7950601"})
  void monteCarloMeanOfLogDensityRatioMatchesClosedForm(int dim, double rho) {
    int n = 400_000;
    CorrelatedGaussianDataset dataset =
        new CorrelatedGaussianDataset(new CorrelatedGaussianOptions(dim, rho));
    Samples samples = dataset.sample(n, SEED);
    double sum = 0;
    double sumSquares = 0;
    for (int i = 0; i < n; i++) {
      double ratio = dataset.logDensityRatio(samples, i);
      sum += ratio;
      sumSquares += ratio * ratio;
    }
    double mean = sum / n;
    double variance = (sumSquares - n * mean * mean) / (n - 1);
    double standardError = Math.sqrt(variance / n);

    assertThat(mean)
        .isCloseTo(dataset.trueMutualInformation().getAsDouble(), within(3 * standardError));
  }
}
