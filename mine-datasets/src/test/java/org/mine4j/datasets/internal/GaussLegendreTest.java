package org.mine4j.datasets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GaussLegendreTest {
  private final GaussLegendre rule = GaussLegendre.TWENTY_POINT;

  @Test
  void weightsSumToTwoAndNodesAreSymmetric() {
    GaussLegendre five = new GaussLegendre(5);
    // The 5-point rule integrates 1 to 2 and x^8 to 2/9 exactly (degree <= 9); rounding only.
    assertThat(five.integrate(x -> 1.0, -1, 1)).isCloseTo(2.0, within(1e-14));
    assertThat(five.integrate(x -> Math.pow(x, 8), -1, 1)).isCloseTo(2.0 / 9.0, within(1e-14));
  }

  @Test
  void twentyPointsIntegrateDegreeThirtyNineExactly() {
    // ∫_0^2 x^39 dx = 2^40 / 40; exact for the rule, so only rounding (1e-13 relative) remains.
    double expected = Math.pow(2, 40) / 40;
    assertThat(rule.integrate(x -> Math.pow(x, 39), 0, 2))
        .isCloseTo(expected, within(1e-13 * expected));
  }

  @Test
  void adaptiveRuleIntegratesANarrowPeak() {
    // ∫_{-1}^{1} exp(-x²/(2 s²)) dx = s √(2π) for s = 1e-3 (the tails beyond 1000 s are 0 in
    // double); the 20-point rule on [-1, 1] alone misses the peak, the adaptive one must not.
    double s = 1e-3;
    double value = rule.integrateAdaptive(x -> Math.exp(-x * x / (2 * s * s)), -1, 1, 1e-13);
    assertThat(value).isCloseTo(s * Math.sqrt(2 * Math.PI), within(1e-12));
  }

  @Test
  void adaptiveRuleHandlesAnEndpointSingularity() {
    // ∫_0^1 √x dx = 2/3; the derivative is infinite at 0, so convergence comes from subdivision.
    assertThat(rule.integrateAdaptive(Math::sqrt, 0, 1, 1e-12)).isCloseTo(2.0 / 3.0, within(1e-11));
  }

  @Test
  void smoothFunctionsAreExactToRounding() {
    assertThat(rule.integrateAdaptive(Math::sin, 0, Math.PI, 1e-14)).isCloseTo(2.0, within(1e-14));
    assertThat(rule.integrateAdaptive(Math::exp, 0, 1, 1e-14)).isCloseTo(Math.E - 1, within(1e-14));
  }
}
