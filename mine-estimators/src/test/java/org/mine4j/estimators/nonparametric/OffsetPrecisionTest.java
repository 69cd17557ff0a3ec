package org.mine4j.estimators.nonparametric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.Estimator;
import org.mine4j.api.contract.ContractSamples;
import org.mine4j.api.data.Samples;

/**
 * MI is invariant under shifting a coordinate, and in double precision the estimators are too: X =
 * 1.7e9 + N(0, 1) (timestamps) gave ksg 0.0000 and gaussian "X is constant" in float32, and an
 * offset of 1e7 biased ksg by 0.13 nats.
 */
class OffsetPrecisionTest {
  private static Samples shifted(Samples samples, double offset) {
    double[] x = samples.xValues();
    for (int i = 0; i < x.length; i++) {
      x[i] += offset;
    }
    return Samples.ofRowMajor(x, samples.yValues(), samples.rows(), samples.dimX(), samples.dimY());
  }

  private static void assertShiftInvariant(Estimator estimator, double offset, double tolerance) {
    Samples samples = ContractSamples.gaussian(2000, 1, 0.8, 7);
    double centred = estimator.estimate(samples, EstimationContext.seeded(3)).nats();
    double moved = estimator.estimate(shifted(samples, offset), EstimationContext.seeded(3)).nats();
    assertThat(centred).isGreaterThan(0.3);
    assertThat(moved).isCloseTo(centred, within(tolerance));
  }

  @Test
  void ksgIgnoresATimestampOffset() {
    // Adding 1.7e9 rounds each value to the 2.4e-7 spacing of doubles there: a neighbour count
    // changes only where two distances differ by less than that, which moves the mean of 2,000
    // per-row digamma terms by about 1e-4 per count; 1e-3 allows several. (float32 gave 0.)
    Estimator ksg = new KsgEstimatorFactory(KsgAlgorithm.ONE).create(Map.of());
    assertShiftInvariant(ksg, 1.7e9, 1e-3);
    assertShiftInvariant(ksg, 1e7, 1e-3);
  }

  @Test
  void theGaussianPlugInIgnoresATimestampOffset() {
    // Correlations from two-pass moments in double: the 2.4e-7 rounding of the shifted values
    // moves the correlation by about 1e-7, the estimate by less than 1e-6.
    assertShiftInvariant(new GaussianEstimator(), 1.7e9, 1e-6);
  }
}
