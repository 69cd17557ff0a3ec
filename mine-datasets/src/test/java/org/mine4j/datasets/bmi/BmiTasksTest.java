package org.mine4j.datasets.bmi;

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
import org.mine4j.datasets.truth.KnownDensityRatio;
import org.mine4j.datasets.truth.MonteCarlo;

/**
 * The catalogue against bmi. Names and constructions: cbg-ethz/bmi src/bmi/benchmark/task_list.py
 * (ONE_DIM_TASKS, EMBEDDINGS_TASKS, MULTINORMAL_TASKS, STUDENT_TASKS, TRANSFORMED_TASKS). True MI:
 * bmi's closed forms (SplitMultinormal.mutual_information = ½[ln det Σ_XX + ln det Σ_YY − ln det
 * Σ]; SplitStudentT = that plus h(dx) + h(dy) − h(dx + dy) with the entropies of Arellano-Valle et
 * al. 2013; TransformedSampler keeps its base's value), evaluated with NumPy slogdet and SciPy
 * gammaln/digamma; they round to the ground truths the paper reports (e.g. 0.41 for the binormal,
 * 0.22 for the 1 × 1 Student-t, 1.02 for every 2-pair task).
 */
class BmiTasksTest {
  private static final long SEED = 40L;

  // 1e-9: double rounding of log-determinants and special functions between the two libraries.
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "1v1-normal-0.75, 1, 1, 0.41333928659223396",
    // Additive uniform noise (SPEC section 4): eps - ln(2 eps) = 1.709438, 1 / (4 eps) = 1/3.
    "1v1-additive-0.1, 1, 1, 1.7094379124341003",
    "1v1-additive-0.75, 1, 1, 0.3333333333333333",
    "1v1-bimodal-0.75, 1, 1, 0.41333928659223396",
    "normal_cdf-1v1-normal-0.75, 1, 1, 0.41333928659223396",
    "wiggly-1v1-normal-0.75, 1, 1, 0.41333928659223396",
    "half_cube-1v1-normal-0.75, 1, 1, 0.41333928659223396",
    "student-identity-1-1-1, 1, 1, 0.22417142752923613",
    "asinh-student-identity-1-1-1, 1, 1, 0.22417142752923613",
    "swissroll_x-normal_cdf-1v1-normal-0.75, 2, 1, 0.41333928659223396",
    "multinormal-dense-2-2-0.5, 2, 2, 0.2938933324510594",
    "multinormal-dense-3-3-0.5, 3, 3, 0.41333928659223407",
    "multinormal-dense-5-5-0.5, 5, 5, 0.5928118328288694",
    "multinormal-dense-25-25-0.5, 25, 25, 1.2921837216593204",
    "multinormal-dense-50-50-0.5, 50, 50, 1.6242653743036968",
    "multinormal-sparse-2-2-2-2.0, 2, 2, 1.0216512475319817",
    "multinormal-sparse-3-3-2-2.0, 3, 3, 1.0216512475319817",
    "multinormal-sparse-5-5-2-2.0, 5, 5, 1.0216512475319817",
    "multinormal-sparse-25-25-2-2.0, 25, 25, 1.0216512475319817",
    "student-identity-2-2-1, 2, 2, 0.43194562200144127",
    "student-identity-2-2-2, 2, 2, 0.1931471805599454",
    "student-identity-3-3-2, 3, 3, 0.29092192268276484",
    "student-identity-3-3-3, 3, 3, 0.17871185309236282",
    "student-identity-5-5-2, 5, 5, 0.44815067691532917",
    "student-identity-5-5-3, 5, 5, 0.29854362265275824",
    "normal_cdf-multinormal-sparse-3-3-2-2.0, 3, 3, 1.0216512475319817",
    "normal_cdf-multinormal-sparse-5-5-2-2.0, 5, 5, 1.0216512475319817",
    "normal_cdf-multinormal-sparse-25-25-2-2.0, 25, 25, 1.0216512475319817",
    "half_cube-multinormal-sparse-3-3-2-2.0, 3, 3, 1.0216512475319817",
    "half_cube-multinormal-sparse-5-5-2-2.0, 5, 5, 1.0216512475319817",
    "half_cube-multinormal-sparse-25-25-2-2.0, 25, 25, 1.0216512475319817",
    "spiral-multinormal-sparse-3-3-2-2.0, 3, 3, 1.0216512475319817",
    "spiral-multinormal-sparse-5-5-2-2.0, 5, 5, 1.0216512475319817",
    "spiral-multinormal-sparse-25-25-2-2.0, 25, 25, 1.0216512475319817",
    "spiral-normal_cdf-multinormal-sparse-3-3-2-2.0, 3, 3, 1.0216512475319817",
    "spiral-normal_cdf-multinormal-sparse-5-5-2-2.0, 5, 5, 1.0216512475319817",
    "spiral-normal_cdf-multinormal-sparse-25-25-2-2.0, 25, 25, 1.0216512475319817",
    "asinh-student-identity-2-2-1, 2, 2, 0.43194562200144127",
    "asinh-student-identity-3-3-2, 3, 3, 0.29092192268276484",
    "asinh-student-identity-5-5-2, 5, 5, 0.44815067691532917"
  })
  void everyTaskHasBmisTrueInformationAndDimensions(
      String name, int dimX, int dimY, double trueMi) {
    KnownDensityRatio task = BmiTasks.find(name).orElseThrow().create();

    assertThat(task.trueMutualInformation().getAsDouble()).isCloseTo(trueMi, within(1e-9));
    assertThat(task.dimX()).isEqualTo(dimX);
    assertThat(task.dimY()).isEqualTo(dimY);
    Samples samples = task.sample(64, SEED);
    assertThat(samples.dimX()).isEqualTo(dimX);
    assertThat(samples.dimY()).isEqualTo(dimY);
    assertThat(samples.rows()).isEqualTo(64);
  }

  @Test
  void catalogueHoldsTheFortyTasksOfBmi() {
    assertThat(BmiTasks.names())
        .hasSize(40)
        .doesNotHaveDuplicates()
        .startsWith("1v1-normal-0.75", "normal_cdf-1v1-normal-0.75")
        .endsWith("asinh-student-identity-5-5-2");
  }

  @Test
  void unknownTaskSuggestsTheNearestName() {
    assertThatThrownBy(() -> new BmiFactory().create(Map.of("task", "1v1-normal-0.7")))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("unknown bmi task '1v1-normal-0.7'")
        .hasMessageContaining("did you mean '1v1-normal-0.75'?");
  }

  // Monte Carlo mean of the exact log ratio (mapped back through the transforms) vs bmi's value, 3
  // standard errors at N = 20,000 (standard errors 0.005 to 0.01; fixed seed).
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "wiggly-1v1-normal-0.75",
    "1v1-bimodal-0.75",
    "1v1-additive-0.75",
    "swissroll_x-normal_cdf-1v1-normal-0.75",
    "spiral-normal_cdf-multinormal-sparse-5-5-2-2.0",
    "asinh-student-identity-3-3-2"
  })
  void monteCarloMeanMatchesForTransformedTasks(String name) {
    assertMonteCarlo(name, 20_000);
  }

  @Test
  @Tag("slow")
  void monteCarloMeanMatchesForEveryTask() {
    for (String name : BmiTasks.names()) {
      assertMonteCarlo(name, 200_000);
    }
  }

  private static void assertMonteCarlo(String name, int n) {
    KnownDensityRatio task = BmiTasks.find(name).orElseThrow().create();
    MonteCarlo mc = MonteCarlo.of(task, n, SEED);
    assertThat(mc.mean())
        .as("%s: Monte Carlo mean (standard error %s)", name, mc.standardError())
        .isCloseTo(task.trueMutualInformation().getAsDouble(), within(3 * mc.standardError()));
  }
}
