package org.mine4j.bench.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.data.Samples;
import org.mine4j.estimators.nonparametric.GaussianEstimator;

/** The sample maps of the consistency checks. */
class SampleMapsTest {
  private static final Samples SAMPLES =
      Samples.ofRowMajor(
          new float[] {1, 2, 3, 4, 5, 6}, new float[] {7, 8, 9, 10, 11, 12}, 3, 2, 2);

  @Test
  void keepFirstYDropsTheLastCoordinatesOfY() {
    Samples kept = SampleMaps.keepFirstY(SAMPLES, 1);

    assertThat(kept.dimX()).isEqualTo(2);
    assertThat(kept.dimY()).isEqualTo(1);
    assertThat(kept.yRowMajor()).containsExactly(7, 9, 11);
    assertThat(kept.xRowMajor()).containsExactly(1, 2, 3, 4, 5, 6);
    assertThatThrownBy(() -> SampleMaps.keepFirstY(SAMPLES, 3))
        .hasMessage("keep must be in [1, 2], found 3");
  }

  @Test
  void stackPutsTheCopiesSideBySide() {
    Samples stacked = SampleMaps.stack(SAMPLES, SampleMaps.keepFirstY(SAMPLES, 1));

    assertThat(stacked.dimX()).isEqualTo(4);
    assertThat(stacked.dimY()).isEqualTo(3);
    assertThat(stacked.xRowMajor()).startsWith(1, 2, 1, 2, 3, 4, 3, 4);
    assertThat(stacked.yRowMajor()).startsWith(7, 8, 7, 9, 10, 9);
  }

  @Test
  void theAffineMapKeepsTheGaussianPlugInEstimate() {
    // The CCA estimate is invariant under invertible affine maps of each side; float32 rounding of
    // the mapped samples (relative 6e-8, scales within 4^2) moves it by far less than 1e-4.
    Samples samples = CorrelatedSamples.draw(2000, 2, 0.8, 11);
    GaussianEstimator estimator = new GaussianEstimator();

    double before = estimator.estimate(samples, EstimationContext.seeded(1)).nats();
    double after =
        estimator.estimate(SampleMaps.affine(samples, 5), EstimationContext.seeded(1)).nats();

    assertThat(after).isCloseTo(before, within(1e-4));
    assertThat(SampleMaps.affine(samples, 5).xRowMajor())
        .isEqualTo(SampleMaps.affine(samples, 5).xRowMajor())
        .isNotEqualTo(samples.xRowMajor());
  }

  /** Pairs (X_i, Y_i) with correlation rho, drawn by Box-Muller from a SplittableRandom. */
  private static final class CorrelatedSamples {
    static Samples draw(int n, int dim, double rho, long seed) {
      java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
      float[] x = new float[n * dim];
      float[] y = new float[n * dim];
      for (int i = 0; i < n * dim; i++) {
        double a = gaussian(random);
        x[i] = (float) a;
        y[i] = (float) (rho * a + Math.sqrt(1 - rho * rho) * gaussian(random));
      }
      return Samples.ofRowMajor(x, y, n, dim, dim);
    }

    private static double gaussian(java.util.SplittableRandom random) {
      return Math.sqrt(-2 * Math.log1p(-random.nextDouble()))
          * Math.cos(2 * Math.PI * random.nextDouble());
    }
  }
}
