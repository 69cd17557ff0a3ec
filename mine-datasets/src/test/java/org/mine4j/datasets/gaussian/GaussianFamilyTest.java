package org.mine4j.datasets.gaussian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mine4j.datasets.truth.KnownDensityRatio;
import org.mine4j.datasets.truth.MonteCarlo;

/** Ground truth of SPEC §4 for the dense, sparse and general Gaussians. */
class GaussianFamilyTest {
  private static final long SEED = 99L;

  // SPEC §4: the 2-pair task has I = ln(1/0.36) = 1.021651 at any dimension; 1e-6 is the rounding
  // of the reference value.
  @ParameterizedTest
  @CsvSource({"2, 2", "3, 3", "5, 5", "25, 25", "2, 7"})
  void twoPairIsOnePointZeroTwoOneSevenAtAnyDimension(int dx, int dy) {
    SparseGaussianDataset sparse =
        new SparseGaussianDataset(new SparseGaussianOptions(dx, dy, 0.8));

    assertThat(sparse.trueMutualInformation().getAsDouble()).isCloseTo(1.021651, within(1e-6));
  }

  // The determinant formula against the Cholesky log-determinants of the same covariance (through
  // the general gaussian dataset), and against values computed independently with NumPy slogdet
  // (1e-9: double rounding).
  @ParameterizedTest
  @CsvSource({
    "2, 2, 0.5, 0.2938933324510594",
    "3, 3, 0.5, 0.41333928659223407",
    "5, 5, 0.5, 0.5928118328288694",
    "25, 25, 0.5, 1.2921837216593204",
    "50, 50, 0.5, 1.6242653743036968"
  })
  void denseClosedFormMatchesLogDeterminants(int dx, int dy, double a, double expected) {
    DenseGaussianOptions options = new DenseGaussianOptions(dx, dy, a);
    GaussianOptions general = new GaussianOptions(dx, dy, options.covariance());

    assertThat(options.mutualInformation()).isCloseTo(expected, within(1e-9));
    assertThat(general.mutualInformation()).isCloseTo(expected, within(1e-9));
  }

  @Test
  void oneDimensionalRhoPointNineNineIsOnePointNineFiveEightFive() {
    GaussianDataset dataset =
        (GaussianDataset) new GaussianFactory().create(Map.of("covariance", "1,0.99;0.99,1"));
    // SPEC §4 check value, given to 4 decimals.
    assertThat(dataset.trueMutualInformation().getAsDouble()).isCloseTo(1.9585, within(5e-5));
  }

  @Test
  void scalingACoordinateLeavesTheInformationUnchanged() {
    // Var 4 on x and 9 on y with covariance 0.5 * 2 * 3: the correlation is 0.5, I = -0.5 ln 0.75.
    GaussianOptions options = GaussianOptions.fromProperties(Map.of("covariance", "4,3;3,9"));
    assertThat(options.mutualInformation()).isCloseTo(-0.5 * Math.log(0.75), within(1e-12));
  }

  // Monte Carlo check of the closed forms: the mean of the exact log density ratio over N rows is
  // unbiased for I with standard error s/sqrt(N); 3 standard errors (99.7%, fixed seed). At N =
  // 40,000 the standard error is 0.005 to 0.02, so a wrong factor of a log-determinant or a
  // mis-scaled sample (each moves the mean by >= 0.05) fails.
  @Test
  void monteCarloMeansMatchTheClosedForms() {
    assertMonteCarlo(new DenseGaussianDataset(new DenseGaussianOptions(3, 2, 0.5)), 40_000);
    assertMonteCarlo(new SparseGaussianDataset(new SparseGaussianOptions(5, 5, 0.8)), 40_000);
    assertMonteCarlo(
        new GaussianDataset(
            GaussianOptions.fromProperties(
                Map.of("dim-x", "2", "covariance", "1,0.2,0.5;0.2,1,-0.3;0.5,-0.3,4"))),
        40_000);
  }

  // The same at N = 1,000,000 in bmi's largest dimensions (standard error about 0.002).
  @Test
  @Tag("slow")
  void monteCarloMeansMatchTheClosedFormsInHighDimensions() {
    assertMonteCarlo(new DenseGaussianDataset(new DenseGaussianOptions(50, 50, 0.5)), 1_000_000);
    assertMonteCarlo(new SparseGaussianDataset(new SparseGaussianOptions(25, 25, 0.8)), 1_000_000);
  }

  private static void assertMonteCarlo(KnownDensityRatio dataset, int n) {
    MonteCarlo mc = MonteCarlo.of(dataset, n, SEED);
    assertThat(mc.mean())
        .as("Monte Carlo mean for %s (standard error %s)", dataset, mc.standardError())
        .isCloseTo(dataset.trueMutualInformation().getAsDouble(), within(3 * mc.standardError()));
  }
}
