package org.mine4j.estimators.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mine4j.api.contract.ContractSamples;
import org.mine4j.api.data.Samples;

/**
 * Standardisation in double hands the float32 critic the same values whatever the data's offset or
 * scale, and unstandardised data that float32 cannot resolve is named.
 */
class StandardizerPrecisionTest {
  private static Samples affine(Samples samples, double scale, double offset) {
    double[] x = samples.xValues();
    for (int i = 0; i < x.length; i++) {
      x[i] = x[i] * scale + offset;
    }
    return Samples.ofRowMajor(x, samples.yValues(), samples.rows(), samples.dimX(), samples.dimY());
  }

  @Test
  void timestampsAndTinyValuesStandardiseToTheCentredValues() {
    Samples samples = ContractSamples.gaussian(1000, 1, 0.8, 5);
    Samples reference = Standardizer.fit(samples).apply(samples);
    for (double[] map : new double[][] {{1, 1.7e9}, {1e-47, 0}, {1, 1e7}}) {
      Samples moved = affine(samples, map[0], map[1]);
      Samples standardised = Standardizer.fit(moved).apply(moved);
      for (int i = 0; i < samples.rows(); i++) {
        // 1.7e9 + x rounds x to 2.4e-7; standardised values of order 1 agree to ~1e-6.
        assertThat((double) standardised.x(i, 0)).isCloseTo(reference.x(i, 0), within(1e-5));
      }
    }
  }

  @Test
  void unstandardisedTimestampsGetAWarningAndValuesBeyondFloat32AreRefused() {
    Samples samples = ContractSamples.gaussian(100, 1, 0.5, 5);
    assertThat(Float32Precision.warnings(affine(samples, 1, 1.7e9)))
        .singleElement()
        .asString()
        .contains("column X0 spans")
        .contains("standardize=true");
    assertThat(Float32Precision.warnings(affine(samples, 1e-47, 0)))
        .singleElement()
        .asString()
        .contains("below the float32 normal range");
    assertThatThrownBy(() -> Float32Precision.warnings(affine(samples, 1e300, 0)))
        .hasMessageContaining("beyond the float32 range");
    assertThat(Float32Precision.warnings(samples)).isEmpty();
  }
}
