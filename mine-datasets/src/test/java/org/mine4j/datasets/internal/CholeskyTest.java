package org.mine4j.datasets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CholeskyTest {
  // Σ = [[4, 2], [2, 3]]: L = [[2, 0], [1, √2]], det = 8, Σ⁻¹ = [[3, -2], [-2, 4]] / 8.
  private final Cholesky cholesky = Cholesky.of(new double[] {4, 2, 2, 3}, 2);

  @Test
  void logDeterminantAndQuadraticFormMatchTheInverse() {
    assertThat(cholesky.logDeterminant()).isCloseTo(Math.log(8), within(1e-14));
    // v = (1, 2): vᵀ Σ⁻¹ v = (3 - 8 + 16) / 8 = 11/8.
    assertThat(cholesky.quadraticForm(new double[] {9, 1, 2}, 1))
        .isCloseTo(11.0 / 8, within(1e-14));
  }

  @Test
  void multiplyAppliesTheLowerFactor() {
    double[] out = new double[2];
    cholesky.multiply(new double[] {1, 1}, out);
    assertThat(out[0]).isCloseTo(2.0, within(1e-15));
    assertThat(out[1]).isCloseTo(1.0 + Math.sqrt(2), within(1e-15));
  }

  @Test
  void blockExtractsAPrincipalSubmatrix() {
    double[] m = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    assertThat(Cholesky.block(m, 3, 1, 3)).containsExactly(5, 6, 8, 9);
  }

  @Test
  void rejectsIndefiniteMatrices() {
    assertThatThrownBy(() -> Cholesky.of(new double[] {1, 2, 2, 1}, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not positive definite");
  }
}
