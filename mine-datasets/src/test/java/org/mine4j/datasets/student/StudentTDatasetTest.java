package org.mine4j.datasets.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mine4j.api.data.Samples;
import org.mine4j.datasets.truth.MonteCarlo;

/** Ground truth of SPEC §4 for the multivariate Student-t. */
class StudentTDatasetTest {
  private static final long SEED = 2023L;

  // h_nu(dx) + h_nu(dy) - h_nu(dx + dy) from bmi's SplitStudentT (Arellano-Valle et al. 2013),
  // evaluated independently with SciPy's gammaln/digamma; 1e-10 covers the difference between the
  // two libraries' special functions. 1x1, nu = 1 is SPEC's 0.2242.
  @ParameterizedTest
  @CsvSource({
    "1, 1, 1, 0.22417142752923613",
    "2, 2, 1, 0.43194562200144127",
    "2, 2, 2, 0.1931471805599454",
    "3, 3, 2, 0.29092192268276484",
    "3, 3, 3, 0.17871185309236282",
    "5, 5, 2, 0.44815067691532917",
    "5, 5, 3, 0.29854362265275824"
  })
  void identityScaleMatchesBmi(int dx, int dy, int dof, double expected) {
    StudentTDataset dataset = new StudentTDataset(new StudentTOptions(dx, dy, dof, 0.0));

    assertThat(dataset.trueMutualInformation().getAsDouble()).isCloseTo(expected, within(1e-10));
  }

  @Test
  void largeDofApproachesTheGaussian() {
    // The correction h(dx) + h(dy) - h(dx + dy) is O(1/nu^2)-small for large nu (it is
    // dx dy / (2 nu^2) to leading order); at nu = 1000 the Gaussian value -ln(1 - 0.36) is reached
    // within 1e-5.
    StudentTDataset dataset = new StudentTDataset(new StudentTOptions(2, 2, 1000, 0.6));
    assertThat(dataset.trueMutualInformation().getAsDouble())
        .isCloseTo(-Math.log(1 - 0.36), within(1e-5));
  }

  @Test
  void marginalIsACauchyForOneDegreeOfFreedom() {
    // P(|X| <= 1) = 1/2 for a standard Cauchy; binomial standard error sqrt(0.25/n) = 0.0011 at
    // n = 200,000; four standard errors.
    int n = 200_000;
    Samples samples = new StudentTDataset(StudentTOptions.defaults()).sample(n, SEED);
    int inside = 0;
    for (int i = 0; i < n; i++) {
      inside += Math.abs(samples.x(i, 0)) <= 1.0 ? 1 : 0;
    }
    assertThat((double) inside / n).isCloseTo(0.5, within(4 * 0.0011));
  }

  // Monte Carlo mean of the exact log density ratio vs the closed form, 3 standard errors (fixed
  // seed). N = 60,000 gives standard errors 0.003 to 0.01; a wrong normalising constant or
  // entropy term moves the mean by more than 0.05.
  @ParameterizedTest
  @CsvSource({"1, 1, 1, 0.0", "2, 3, 2, 0.0", "3, 3, 3, 0.7", "1, 1, 5, -0.5"})
  void monteCarloMeanMatchesTheClosedForm(int dx, int dy, int dof, double rho) {
    StudentTDataset dataset = new StudentTDataset(new StudentTOptions(dx, dy, dof, rho));
    MonteCarlo mc = MonteCarlo.of(dataset, 60_000, SEED);

    assertThat(mc.mean())
        .as("standard error %s", mc.standardError())
        .isCloseTo(dataset.trueMutualInformation().getAsDouble(), within(3 * mc.standardError()));
  }

  @Test
  @Tag("slow")
  void monteCarloMeanMatchesTheClosedFormAtOneMillionRows() {
    for (int[] c : new int[][] {{1, 1}, {2, 1}, {5, 2}, {5, 3}}) {
      StudentTDataset dataset = new StudentTDataset(new StudentTOptions(c[0], c[0], c[1], 0.3));
      MonteCarlo mc = MonteCarlo.of(dataset, 1_000_000, SEED);
      assertThat(mc.mean())
          .isCloseTo(dataset.trueMutualInformation().getAsDouble(), within(3 * mc.standardError()));
    }
  }
}
