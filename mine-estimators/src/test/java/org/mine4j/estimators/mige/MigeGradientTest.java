package org.mine4j.estimators.mige;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.MineException;
import org.mine4j.api.contract.ContractSamples;
import org.mine4j.api.data.Samples;
import org.mine4j.api.gradient.MutualInformationGradient;
import org.mine4j.api.gradient.SampleGradient;
import org.mine4j.estimators.MiGradients;

/** MIGE's dI/dinputs against the exact gradient of correlated Gaussians, and its guards. */
class MigeGradientTest {
  /**
   * dI/drho = sum_i dI/dy_i . (x_i - rho (y_i - rho x_i) / (1 - rho^2)), the sampler's chain rule.
   */
  static double rhoGradient(SampleGradient g, Samples batch, double rho) {
    double sum = 0;
    for (int i = 0; i < batch.rows(); i++) {
      for (int c = 0; c < batch.dimY(); c++) {
        double x = batch.x(i, c);
        double y = batch.y(i, c);
        sum += g.y(i, c) * (x - rho * (y - rho * x) / (1 - rho * rho));
      }
    }
    return sum;
  }

  @Test
  void gradientWithRespectToRhoMatchesTheClosedForm() {
    // d = 8, 256 rows, the MIGE authors' toy: dI/drho = d rho / (1 - rho^2).
    int d = 8;
    double[] rhos = {-0.8, -0.5, -0.2, 0.0, 0.3, 0.6, 0.8};
    double totalError = 0;
    for (int r = 0; r < rhos.length; r++) {
      double rho = rhos[r];
      Samples batch = ContractSamples.gaussian(256, d, rho, 100L + r);
      MutualInformationGradient mige = MiGradients.create("mige", Map.of(), d, d, 1L);
      double estimate = rhoGradient(mige.gradient(batch), batch, rho);
      double truth = d * rho / (1 - rho * rho);
      // Measured: within 7% of the truth at every rho (SSGE's scores shrink the gradient toward
      // zero most at |rho| = 0.8, -16.51 for -17.78; the authors' own result file is off by 1.09
      // there too) and 0.15 at rho = 0. 12% + 0.3 fails a sign, a missing 1/M or a swapped side.
      assertThat(Math.abs(estimate - truth))
          .as("rho " + rho)
          .isLessThan(0.12 * Math.abs(truth) + 0.3);
      totalError += Math.abs(estimate - truth);
    }
    // Measured: 0.48 over these 7 rho, which weigh the ends more than the authors' 32-point grid
    // (their MAE there: 0.33; mean |true gradient| 5.5). 0.8 allows for the draw.
    assertThat(totalError / rhos.length).isLessThan(0.8);
  }

  @Test
  void xSideIsTheJointMinusTheMarginalScoreAndIndependenceGivesSmallGradients() {
    // With X and Y independent, dI/dx = (s_XY,x - s_X) / M is small next to the marginal score's
    // own size / M: the joint score factorises.
    Samples batch = ContractSamples.gaussian(256, 2, 0.0, 9L);
    SampleGradient g = MiGradients.create("mige", Map.of(), 2, 2, 1L).gradient(batch);
    double gradientNorm = 0;
    double scoreNorm = 0;
    double[] scoreX =
        new SpectralSteinGradient(SsgeOptions.DEFAULTS).scores(toDouble(batch.xRowMajor()), 256, 2);
    for (int i = 0; i < 256 * 2; i++) {
      gradientNorm += g.x()[i] * g.x()[i];
      scoreNorm += scoreX[i] * scoreX[i] / (256.0 * 256.0);
    }
    // Measured ratio 0.35 (fixed seed); a gradient that dropped the joint term has ratio 1.
    assertThat(Math.sqrt(gradientNorm / scoreNorm)).isLessThan(0.5);
  }

  @Test
  void sameSeedSameGradientAndFitChangesNothing() {
    Samples batch = ContractSamples.gaussian(64, 3, 0.5, 4L);
    MutualInformationGradient a = MiGradients.create("mige", Map.of(), 3, 3, 7L);
    MutualInformationGradient b = MiGradients.create("mige", Map.of(), 3, 3, 7L);
    a.fit(batch, 10);
    assertThat(a.gradient(batch).x()).containsExactly(b.gradient(batch).x());
    assertThat(a.gradient(batch).y()).containsExactly(b.gradient(batch).y());
  }

  @Test
  void theCubicCostIsGuardedWithTheFixOrSubsampled() {
    Samples batch = ContractSamples.gaussian(120, 2, 0.5, 3L);
    MutualInformationGradient guarded =
        MiGradients.create("mige", Map.of("max-samples", "100"), 2, 2, 1L);
    assertThatThrownBy(() -> guarded.gradient(batch))
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_OPTIONS))
        .hasMessageContaining("a batch of 120 rows exceeds MIGE's max-samples=100")
        .hasMessageContaining("M^3")
        .hasMessageContaining("subsample=true");
    Map<String, String> subsampled = Map.of("max-samples", "100", "subsample", "true");
    SampleGradient g = MiGradients.create("mige", subsampled, 2, 2, 1L).gradient(batch);
    SampleGradient again = MiGradients.create("mige", subsampled, 2, 2, 1L).gradient(batch);
    SampleGradient whole = MiGradients.create("mige", Map.of(), 2, 2, 1L).gradient(batch);
    assertThat(g.rows()).isEqualTo(120);
    assertThat(g.y()).containsExactly(again.y());
    // Fitted on 100 of the 120 rows and extended to all: close to the whole fit, not equal.
    double rhoSub = rhoGradient(g, batch, 0.5);
    double rhoWhole = rhoGradient(whole, batch, 0.5);
    assertThat(rhoSub).isNotEqualTo(rhoWhole);
    // Measured 1.10 subsampled, 0.95 whole (true 1.33 at d = 2, 120 rows): within 0.5.
    assertThat(Math.abs(rhoSub - rhoWhole)).isLessThan(0.5);
  }

  @Test
  void badBatchesAndOptionsAreRefused() {
    MutualInformationGradient mige = MiGradients.create("mige", Map.of(), 2, 2, 1L);
    assertThatThrownBy(() -> mige.gradient(ContractSamples.gaussian(20, 3, 0.5, 1L)))
        .hasMessageContaining("MIGE was made for 2+2 dimensions, the batch has 3+3");
    assertThatThrownBy(() -> mige.gradient(ContractSamples.gaussian(1, 2, 0.5, 1L)))
        .hasMessageContaining("at least 2 rows");
    assertThatThrownBy(() -> MigeOptions.fromProperties(Map.of("eigen-treshold", "0.9")))
        .hasMessageContaining("unknown option 'eigen-treshold'")
        .hasMessageContaining("eigen-threshold");
    assertThatThrownBy(() -> MigeOptions.fromProperties(Map.of("max-samples", "1")))
        .hasMessageContaining("max-samples must be at least 2");
    assertThatThrownBy(() -> MiGradients.create("ksg", Map.of(), 1, 1, 1L))
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_OPTIONS))
        .hasMessageContaining("'ksg' gives no gradient");
  }

  @Test
  void optionsRoundTripThroughProperties() {
    MigeOptions options =
        MigeOptions.fromProperties(
            Map.of(
                "eigen-threshold", "0.95",
                "eigen-count", "12",
                "bandwidth", "1.5",
                "max-samples", "512",
                "subsample", "true"));
    assertThat(MigeOptions.fromProperties(options.toProperties())).isEqualTo(options);
    assertThat(MigeOptions.fromProperties(Map.of())).isEqualTo(MigeOptions.DEFAULTS);
    assertThat(new MigeEstimatorFactory().create(Map.of()).options())
        .isEqualTo(MigeOptions.DEFAULTS.toProperties());
  }

  @Test
  void aNeuralEstimatorsSourceIsItsCritic() {
    MutualInformationGradient mine = MiGradients.create("mine", Map.of(), 1, 1, 1L);
    assertThat(mine).isInstanceOf(org.mine4j.api.gradient.MiCritic.class);
    assertThat(mine.name()).isEqualTo("mine");
  }

  private static double[] toDouble(float[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return out;
  }

  @Test
  void estimateRefusesNamingTheEstimatorsThatGiveANumber() {
    MigeEstimator mige = new MigeEstimatorFactory().create(Map.of());
    assertThatThrownBy(
            () ->
                mige.estimate(
                    ContractSamples.gaussian(50, 1, 0.5, 1L), EstimationContext.seeded(1)))
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_OPTIONS))
        .hasMessageContaining("estimates the gradient")
        .hasMessageContaining("mine, nwj, infonce");
  }
}
