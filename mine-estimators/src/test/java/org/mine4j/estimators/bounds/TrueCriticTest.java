package org.mine4j.estimators.bounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mine4j.api.bound.Bound;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.bound.Scores;
import org.mine4j.api.contract.ContractSamples;

/**
 * An exact check of each bound's formula (SPEC section 6): with the true log-density ratio as
 * critic, DV and NWJ are tight, so on a large sample their values approach the closed-form MI.
 */
class TrueCriticTest {
  private static final double RHO = 0.8;
  private static final double TRUTH = -0.5 * Math.log(1 - RHO * RHO); // 0.5108 nats
  private static final int N = 20_000;

  /** log p(x,y) / (p(x) p(y)) for unit-variance 1-D Gaussians with correlation rho. */
  private static double logRatio(double x, double y) {
    double q = 1 - RHO * RHO;
    return -0.5 * Math.log(q) - (x * x - 2 * RHO * x * y + y * y) / (2 * q) + (x * x + y * y) / 2;
  }

  private static Scores trueScores(double shift, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] x = new double[N];
    double[] y = new double[N];
    for (int i = 0; i < N; i++) {
      x[i] = ContractSamples.normal(random);
      y[i] = RHO * x[i] + Math.sqrt(1 - RHO * RHO) * ContractSamples.normal(random);
    }
    float[] values = new float[2 * N];
    for (int i = 0; i < N; i++) {
      values[i] = (float) (logRatio(x[i], y[i]) + shift);
      // y of row i + 1 is independent of x of row i: a product-of-marginals pair.
      values[N + i] = (float) (logRatio(x[i], y[(i + 1) % N]) + shift);
    }
    return new Scores(values, N, Negatives.SHUFFLE);
  }

  // Tolerance 0.05 nats: with the optimal critic the standard error of both terms at N = 20,000 is
  // below 0.01 nats
  // (the marginal term's variance is chi^2 = 1/(1 - rho^2) - 1 = 1.78 over N), so 0.05 is over 4
  // standard errors.
  @Test
  void dvIsTightAtTheLogDensityRatio() {
    assertThat(new DvBound().value(trueScores(0, 1))).isCloseTo(TRUTH, within(0.05));
  }

  @Test
  void dvIsInvariantToAConstantShift() {
    Scores a = trueScores(0, 2);
    Scores b = trueScores(3, 2);
    assertThat(new DvBound().value(b)).isCloseTo(new DvBound().value(a), within(1e-4));
  }

  @Test
  void mineReportsTheDvValue() {
    Scores s = trueScores(0, 3);
    assertThat(new MineBound(0.01).value(s)).isEqualTo(new DvBound().value(s));
  }

  @Test
  void nwjIsTightAtOnePlusTheLogDensityRatio() {
    assertThat(new NwjBound().value(trueScores(1, 4))).isCloseTo(TRUTH, within(0.05));
  }

  @Test
  void nwjIsBelowDvForAnyCritic() {
    // NWJ <= DV for the same critic (e^{x-1} >= x), a strict inequality away from the optimum.
    Scores s = trueScores(0, 5);
    Bound nwj = new NwjBound();
    assertThat(nwj.value(s)).isLessThan(new DvBound().value(s));
  }
}
