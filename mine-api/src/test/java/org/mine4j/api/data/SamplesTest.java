package org.mine4j.api.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;

class SamplesTest {
  @Test
  void nonFiniteValuesAreRejectedNamingRowAndColumn() {
    float[] x = {1, 2, 3, Float.NaN};
    assertThatThrownBy(() -> Samples.ofRowMajor(x, new float[] {1, 2}, 2, 2, 1))
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DATA))
        .hasMessageContaining("X value at row 2, column 2 is NaN");
  }

  @Test
  void shapeMismatchIsRejected() {
    assertThatThrownBy(() -> Samples.ofRowMajor(new float[3], new float[2], 2, 2, 1))
        .hasMessageContaining("x has 3 values for 2x2");
  }

  @Test
  void selectAndSliceCopyRows() {
    Samples s = Samples.ofRowMajor(new float[] {1, 2, 3}, new float[] {10, 20, 30}, 3, 1, 1);
    Samples picked = s.select(new int[] {2, 0});
    assertThat(picked.x(0, 0)).isEqualTo(3f);
    assertThat(picked.y(1, 0)).isEqualTo(10f);
    Samples sliced = s.slice(1, 3);
    assertThat(sliced.rows()).isEqualTo(2);
    assertThat(sliced.y(0, 0)).isEqualTo(20f);
  }
}
