package org.mine4j.datasets.nonlinear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mine4j.datasets.internal.GaussLegendre;

class NonlinearMarginalTest {
  // p(y) is a density: it integrates to 1 over the support ± 12σ (the rest is below e^-72). The
  // quadrature tolerances are 1e-13 (inner) and 1e-10 per unit length (outer), so 1e-8 is ample.
  @ParameterizedTest
  @CsvSource({"IDENTITY, 0.3", "CUBE, 0.01", "SIN, 2.0", "CUBE, 0.8", "IDENTITY, 0.001"})
  void densityIntegratesToOne(String name, double sigma) {
    NonlinearFunction f = NonlinearFunction.valueOf(name);
    NonlinearMarginal marginal = new NonlinearMarginal(f, sigma);
    double from = f.apply(-1) - 12 * sigma;
    double to = f.apply(1) + 12 * sigma;
    int pieces = 64;
    double total = 0;
    for (int i = 0; i < pieces; i++) {
      total +=
          GaussLegendre.TWENTY_POINT.integrateAdaptive(
              y -> Math.exp(marginal.logDensity(y)),
              from + i * (to - from) / pieces,
              from + (i + 1) * (to - from) / pieces,
              1e-11 / pieces);
    }
    assertThat(total).isCloseTo(1.0, within(1e-8));
  }

  // For f(x) = x, p(y) = ½[Φ((y + 1)/σ) - Φ((y - 1)/σ)]: ½ in the middle for small σ (the tails
  // beyond 1/σ = 20 standard deviations are below 1e-88), and ¼ at the edges y = ±1.
  @ParameterizedTest
  @CsvSource({"0.0, 0.5", "0.5, 0.5", "1.0, 0.25", "-1.0, 0.25"})
  void identityDensityMatchesTheNormalCdf(double y, double expected) {
    NonlinearMarginal marginal = new NonlinearMarginal(NonlinearFunction.IDENTITY, 0.05);
    assertThat(Math.exp(marginal.logDensity(y))).isCloseTo(expected, within(1e-12));
  }

  // Far in the tail, y = 1 + t σ: p(y) ≈ ½ N-tail ≈ ½ φ(t)/t·σ/σ = φ(t)/(2t) (Mills ratio,
  // relative error 1/t² = 0.0004 at t = 50), so ln p is finite and close to ln(φ(t)/(2t)).
  @ParameterizedTest
  @CsvSource({"IDENTITY", "CUBE", "SIN"})
  void farTailsStayFiniteAndAccurate(String name) {
    NonlinearFunction f = NonlinearFunction.valueOf(name);
    double sigma = 0.1;
    double t = 50;
    double y = f.apply(1) + t * sigma;
    double slope = name.equals("IDENTITY") ? 1 : name.equals("CUBE") ? 3 : Math.cos(1);
    // Near x = 1, f(x) ≈ f(1) + slope (x - 1), so p(y) ≈ ½ φ(t) / (t slope) in units of σ.
    double expected = Math.log(0.5 / (slope * t)) - 0.5 * t * t - 0.5 * Math.log(2 * Math.PI);
    assertThat(new NonlinearMarginal(f, sigma).logDensity(y)).isCloseTo(expected, within(0.01));
  }
}
