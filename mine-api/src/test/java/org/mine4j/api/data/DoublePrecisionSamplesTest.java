package org.mine4j.api.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.mine4j.api.Provenance;

/**
 * Samples keep double precision (float32 turned 1.7e9 + noise into a constant and 1e-47 into 0),
 * name their columns, and refuse all-constant sides by name; provenance is byte-stable.
 */
class DoublePrecisionSamplesTest {
  @Test
  void valuesFloat32WouldLoseAreKeptExactly() {
    double[] x = {1.7e9 + 0.25, 1.7e9 + 0.5, 1e-47};
    Samples samples = Samples.ofRowMajor(x, new double[] {1, 2, 3}, 3, 1, 1);

    assertThat(samples.xValue(0, 0)).isEqualTo(1.7e9 + 0.25);
    assertThat(samples.xValue(1, 0) - samples.xValue(0, 0)).isEqualTo(0.25);
    assertThat(samples.xValue(2, 0)).isEqualTo(1e-47);
    // The float view for critics rounds as float32 does: both timestamps become 1.7e9.
    assertThat(samples.x(0, 0)).isEqualTo(samples.x(1, 0));
    float[] row = new float[1];
    samples.copyX(2, row, 0);
    assertThat(row[0]).isEqualTo((float) 1e-47);
  }

  @Test
  void columnsAreNamedX0Y0UnlessRenamedAndNamesSurviveSelection() {
    Samples samples = Samples.ofRowMajor(new double[] {1, 2, 3, 4}, new double[] {5, 6}, 2, 2, 1);
    assertThat(samples.columnNames()).containsExactly("X0", "X1", "Y0");
    Samples named = samples.withColumnNames(List.of("age", "income", "score"));
    assertThat(named.select(new int[] {1}).yName(0)).isEqualTo("score");
    assertThat(named.slice(0, 1).xName(1)).isEqualTo("income");
  }

  @Test
  void identicalRowsAreRefusedNamingTheConstantColumns() {
    double[] x = new double[2000];
    double[] y = new double[2000];
    java.util.Arrays.fill(x, 0.5);
    java.util.Arrays.fill(y, 1.5);
    Samples copies = Samples.ofRowMajor(x, y, 2000, 1, 1);

    assertThatThrownBy(() -> ConstantColumns.requireVarying(copies, "ksg"))
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DATA))
        .hasMessageContaining("every X column is constant over the 2000 rows")
        .hasMessageContaining("column X0 (always 0.5)");
  }

  @Test
  void aConstantColumnBesideVaryingOnesIsAWarningOnly() {
    Samples samples =
        Samples.ofRowMajor(new double[] {1, 7, 2, 7, 3, 7}, new double[] {1, 2, 4}, 3, 2, 1);

    assertThat(ConstantColumns.requireVarying(samples, "ksg"))
        .containsExactly("column X1 (always 7.0) is constant; it carries no information (drop it)");
  }

  @Test
  void provenanceOptionsComeInKeyOrderWhateverTheMapsOrder() {
    Map<String, String> options = new HashMap<>();
    for (String key : List.of("steps", "hidden", "batch-size", "critic", "ema-decay", "patience")) {
      options.put(key, key.length() + "");
    }
    Provenance provenance = Provenance.empty().with("estimator", "mine").withAll("e.", options);

    assertThat(provenance.entries().keySet())
        .containsExactly(
            "estimator",
            "e.batch-size",
            "e.critic",
            "e.ema-decay",
            "e.hidden",
            "e.patience",
            "e.steps");
  }
}
