package org.mine4j.datasets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CholeskyTest {
  // A = [[4, 2, 0.4], [2, 5, 1], [0.4, 1, 3]]: L by hand: L00 = 2, L10 = 1, L20 = 0.2,
  // L11 = sqrt(5 - 1) = 2, L21 = (1 - 0.2) / 2 = 0.4, L22 = sqrt(3 - 0.04 - 0.16) = sqrt(2.8).
  private static final double[][] A = {{4, 2, 0.4}, {2, 5, 1}, {0.4, 1, 3}};

  @Test
  void logDeterminantIsTwiceTheLogOfTheDiagonalProduct() {
    // det A = (2 * 2 * sqrt(2.8))^2 = 16 * 2.8 = 44.8; double rounding only.
    assertThat(Cholesky.of(A).logDeterminant()).isCloseTo(Math.log(44.8), within(1e-12));
  }

  @Test
  void multiplyRebuildsTheMatrixColumns() {
    Cholesky l = Cholesky.of(A);
    double[] out = new double[3];
    l.multiply(new double[] {1, 0, 0}, out);
    assertThat(out).containsExactly(new double[] {2, 1, 0.2}, within(1e-12));
    l.multiply(new double[] {0, 0, 1}, out);
    assertThat(out).containsExactly(new double[] {0, 0, Math.sqrt(2.8)}, within(1e-12));
  }

  @Test
  void quadraticFormInvertsTheMatrix() {
    // z = A w gives z' A^-1 z = w' A w; exact up to rounding.
    double[] w = {0.3, -1.2, 2.0};
    double[] z = new double[3];
    double expected = 0;
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        z[i] += A[i][j] * w[j];
        expected += w[i] * A[i][j] * w[j];
      }
    }
    double[] padded = {99, z[0], z[1], z[2]};
    assertThat(Cholesky.of(A).quadraticForm(padded, 1)).isCloseTo(expected, within(1e-10));
  }

  @Test
  void denseDeterminantFormulaMatchesTheFactorisation() {
    // SPEC §4: det((1 - a) I_n + a 11') = (1 - a)^{n-1} (1 + (n - 1) a).
    for (int n : new int[] {1, 2, 4, 10, 50}) {
      for (double a : new double[] {0.5, -0.9 / n, 0.95}) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            m[i][j] = i == j ? 1 : a;
          }
        }
        double closed = (n - 1) * Math.log(1 - a) + Math.log(1 + (n - 1) * a);
        assertThat(Cholesky.of(m).logDeterminant()).isCloseTo(closed, within(1e-9));
      }
    }
  }

  @Test
  void samplesHaveTheRequestedCovariance() {
    Cholesky l = Cholesky.of(A);
    StandardNormal normal = new StandardNormal(new SplittableRandom(3));
    int n = 200_000;
    double[] e = new double[3];
    double[] z = new double[3];
    double s01 = 0;
    double s22 = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 3; j++) {
        e[j] = normal.next();
      }
      l.multiply(e, z);
      s01 += z[0] * z[1];
      s22 += z[2] * z[2];
    }
    // Var(z0 z1) = A00 A11 + A01^2 = 24, sd/sqrt(n) = 0.011; Var(z2^2) = 2 * 9, sd/sqrt(n) =
    // 0.0095;
    // four standard errors.
    assertThat(s01 / n).isCloseTo(2.0, within(4 * 0.011));
    assertThat(s22 / n).isCloseTo(3.0, within(4 * 0.0095));
  }

  @Test
  void rejectsMatricesThatAreNotPositiveDefinite() {
    assertThatThrownBy(() -> Cholesky.of(new double[][] {{1, 2}, {2, 1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not positive definite (Cholesky pivot 1");
    assertThatThrownBy(() -> Cholesky.of(new double[][] {{1, 0}, {0}}))
        .hasMessageContaining("not square");
    assertThatThrownBy(() -> Cholesky.of(new double[][] {{Double.NaN}}))
        .hasMessageContaining("entry (0, 0) is NaN");
    assertThatThrownBy(() -> Cholesky.of(new double[0][0])).hasMessageContaining("empty");
  }

  @Test
  void theFlatRowMajorFormGivesTheSameFactorAndBlocks() {
    double[] flat = {4, 2, 0.4, 2, 3, 0.5, 0.4, 0.5, 2};
    double[][] rows = {{4, 2, 0.4}, {2, 3, 0.5}, {0.4, 0.5, 2}};
    // Same arithmetic on the same numbers: identical to the last bit.
    assertThat(Cholesky.of(flat, 3).logDeterminant()).isEqualTo(Cholesky.of(rows).logDeterminant());
    assertThat(Cholesky.block(flat, 3, 1, 3)).containsExactly(3, 0.5, 0.5, 2);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Cholesky.of(flat, 2))
        .hasMessageContaining("2x2 matrix has 4 values, found 9");
  }
}
