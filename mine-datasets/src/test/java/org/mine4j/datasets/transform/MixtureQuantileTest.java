package org.mine4j.datasets.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The mixture quantile inverts the mixture CDF and rejects malformed mixtures. */
class MixtureQuantileTest {
  private final MixtureQuantile bimodal =
      new MixtureQuantile(new double[] {0.3, 0.7}, new double[] {0, 5});

  @Test
  void quantileAndCdfAreInverse() {
    // Newton stops at a relative step of 1e-13; F is evaluated in double: 1e-9 is ample.
    for (double u : new double[] {1e-9, 0.01, 0.3, 0.5, 0.99, 1 - 1e-9}) {
      double[] t = new double[1];
      double[] back = new double[1];
      bimodal.forward(new double[] {u}, t);
      bimodal.inverse(t, back);
      assertThat(back[0]).as("u=%s", u).isCloseTo(u, within(1e-9));
    }
  }

  @Test
  void aSingleStandardComponentIsTheNormalQuantile() {
    MixtureQuantile normal = new MixtureQuantile(new double[] {1}, new double[] {0});
    // Phi^{-1}(0.975) = 1.959963984540054.
    assertThat(normal.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-9));
    assertThat(normal.quantile(0.5)).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void theMixtureIsBimodalWithItsWeights() {
    // 30% of the mass lies in the component at 0: F(2.5) = 0.3 Phi(2.5) + 0.7 Phi(-2.5).
    assertThat(bimodal.cdf(2.5)).isCloseTo(0.3 * 0.99379033 + 0.7 * 0.00620967, within(1e-8));
  }

  @Test
  void malformedMixturesAreRejected() {
    assertThatThrownBy(() -> new MixtureQuantile(new double[] {0.5, 0.6}, new double[] {0, 1}))
        .hasMessageContaining("sum to 1");
    assertThatThrownBy(() -> new MixtureQuantile(new double[] {1}, new double[] {0, 1}))
        .hasMessageContaining("as many weights as means");
    assertThatThrownBy(() -> new MixtureQuantile(new double[] {-0.5, 1.5}, new double[] {0, 1}))
        .hasMessageContaining("positive");
  }
}
