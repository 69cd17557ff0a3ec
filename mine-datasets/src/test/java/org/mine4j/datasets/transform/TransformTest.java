package org.mine4j.datasets.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TransformTest {
  // Each coordinate map is strictly increasing and inverts to double precision on a grid over
  // [-8, 8] to 1e-7 (the numerical wiggly inverse stops at 1e-15, the others are closed forms). The
  // normal CDF is checked on [-8, 5]: near u = 1 a double keeps 1 - u only to 1e-16, i.e. t to
  // 1e-16 / phi(t), which exceeds 1e-7 beyond t = 6.
  @ParameterizedTest
  @EnumSource(CoordinateMap.class)
  void coordinateMapsAreIncreasingAndInvertible(CoordinateMap map) {
    double previous = Double.NEGATIVE_INFINITY;
    int upper = map == CoordinateMap.NORMAL_CDF ? 1000 : 1600;
    for (int k = -1600; k <= upper; k++) {
      double t = k / 200.0;
      double u = map.apply(t);
      assertThat(u).as("%s(%s)", map, t).isGreaterThan(previous);
      previous = u;
      assertThat(map.invert(u)).as("inverse of %s at %s", map, t).isCloseTo(t, within(1e-7));
    }
  }

  @Test
  void wigglyDerivativesStayAboveTheirProvenBounds() {
    // Proven lower bounds 0.161 (X) and 0.533 (Y); the grid minimum must not go below them.
    for (int k = -20000; k <= 20000; k++) {
      double t = k / 1000.0;
      assertThat(CoordinateMap.WIGGLY_X.derivative(t)).isGreaterThanOrEqualTo(0.161);
      assertThat(CoordinateMap.WIGGLY_Y.derivative(t)).isGreaterThanOrEqualTo(0.533);
    }
  }

  @Test
  void closedFormsAreThePublishedOnes() {
    assertThat(CoordinateMap.HALF_CUBE.apply(-4.0)).isEqualTo(-8.0);
    assertThat(CoordinateMap.CUBE.apply(-2.0)).isEqualTo(-8.0);
    assertThat(CoordinateMap.NORMAL_CDF.apply(1.959963984540054)).isCloseTo(0.975, within(1e-15));
    assertThat(CoordinateMap.ASINH.apply(Math.sinh(3.0))).isCloseTo(3.0, within(1e-15));
    assertThat(CoordinateMap.ASINH.apply(1e-20)).isEqualTo(1e-20);
    assertThat(CoordinateMap.LOGISTIC.apply(0.0)).isEqualTo(0.5);
    // bmi wiggly_x(1) = 1 + 0.4 sin 1 + 0.2 sin 2.7 + 0.03 sin 0.8.
    assertThat(CoordinateMap.WIGGLY_X.apply(1.0))
        .isCloseTo(
            1 + 0.4 * Math.sin(1) + 0.2 * Math.sin(2.7) + 0.03 * Math.sin(0.8), within(1e-15));
  }

  @Test
  void cdfInversesStayFiniteAtTheEndsOfTheUnitInterval() {
    assertThat(CoordinateMap.NORMAL_CDF.invert(1.0)).isFinite().isGreaterThan(8.0);
    assertThat(CoordinateMap.NORMAL_CDF.invert(0.0)).isFinite().isLessThan(-30.0);
    assertThat(CoordinateMap.LOGISTIC.invert(1.0)).isFinite();
  }

  @Test
  void spiralKeepsTheNormAndInverts() {
    Spiral spiral = new Spiral(3, 1, 2, 1.0 / 3);
    double[] x = {0.5, -1.5, 2.0};
    double[] y = new double[3];
    double[] back = new double[3];
    spiral.forward(x, y);
    spiral.inverse(y, back);
    // The angle is s |x|^2 = 6.5 / 3 in the plane (1, 2); the first coordinate stays.
    double angle = 6.5 / 3;
    assertThat(y[0]).isEqualTo(0.5);
    assertThat(y[1]).isCloseTo(-1.5 * Math.cos(angle) - 2.0 * Math.sin(angle), within(1e-15));
    assertThat(y[0] * y[0] + y[1] * y[1] + y[2] * y[2]).isCloseTo(6.5, within(1e-12));
    assertThat(back).containsExactly(x, within(1e-12));
  }

  @Test
  void swissRollEmbedsTheUnitIntervalInvertibly() {
    SwissRoll roll = new SwissRoll();
    double[] out = new double[2];
    double[] back = new double[1];
    for (double u = 0.0; u <= 1.0; u += 0.01) {
      roll.forward(new double[] {u}, out);
      roll.inverse(out, back);
      assertThat(back[0]).isCloseTo(u, within(1e-12));
    }
    // u = 0: t = 1.5 pi, (t cos t, t sin t) / 21 = (0, -1.5 pi / 21).
    roll.forward(new double[] {0.0}, out);
    assertThat(out).containsExactly(new double[] {0.0, -1.5 * Math.PI / 21}, within(1e-12));
  }

  @Test
  void chainsParseInOrderAndRejectBadNames() {
    TransformChain chain = Transforms.parse("normal-cdf, swiss-roll", Transforms.Side.X, 1);
    assertThat(chain.outputDimension()).isEqualTo(2);
    assertThat(chain.name()).isEqualTo("normal-cdf,swiss-roll");
    assertThat(Transforms.parse("wiggly", Transforms.Side.Y, 1).steps())
        .containsExactly(CoordinateMap.WIGGLY_Y);
    assertThat(Transforms.parse("none", Transforms.Side.X, 4).isIdentity()).isTrue();
    assertThatThrownBy(() -> Transforms.parse("halfcube", Transforms.Side.X, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown transform 'halfcube'; did you mean 'half-cube'?");
    assertThatThrownBy(() -> Transforms.parse("cube,swiss-roll", Transforms.Side.X, 1))
        .hasMessageContaining("put normal-cdf or logistic before it");
    assertThatThrownBy(() -> Transforms.parse("normal-cdf,swiss-roll", Transforms.Side.X, 3))
        .hasMessageContaining("this side has dimension 3");
  }
}
