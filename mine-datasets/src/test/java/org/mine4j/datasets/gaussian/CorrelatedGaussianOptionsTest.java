package org.mine4j.datasets.gaussian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;

class CorrelatedGaussianOptionsTest {
  @Test
  void defaultsAreOneDimensionAndRhoOneHalf() {
    assertThat(CorrelatedGaussianOptions.fromProperties(Map.of()))
        .isEqualTo(CorrelatedGaussianOptions.defaults())
        .isEqualTo(new CorrelatedGaussianOptions(1, 0.5));
  }

  @Test
  void propertiesRoundTrip() {
    CorrelatedGaussianOptions options = CorrelatedGaussianOptions.ofMutualInformation(20, 10);

    assertThat(options.toProperties()).containsOnlyKeys("dim", "rho");
    assertThat(CorrelatedGaussianOptions.fromProperties(options.toProperties())).isEqualTo(options);
  }

  @Test
  void withCopiesChangeOneField() {
    CorrelatedGaussianOptions options =
        CorrelatedGaussianOptions.defaults().withDim(4).withRho(-0.2);

    assertThat(options).isEqualTo(new CorrelatedGaussianOptions(4, -0.2));
  }

  // The inverse rho = sqrt(1 - exp(-2I/d)) must give back I through I = -(d/2) ln(1 - rho^2); the
  // only loss is double rounding, so 1e-12 relative is ample.
  @ParameterizedTest
  @CsvSource({"1, 0", "1, 1.9585", "1, 0.001", "20, 2", "20, 10", "5, 0.5", "2, 8"})
  void miOptionInvertsTheClosedForm(int dim, double mi) {
    CorrelatedGaussianOptions options =
        CorrelatedGaussianOptions.fromProperties(
            Map.of("dim", Integer.toString(dim), "mi", Double.toString(mi)));

    assertThat(options.dim()).isEqualTo(dim);
    assertThat(options.mutualInformation()).isCloseTo(mi, within(1e-12 * Math.max(1, mi)));
  }

  @Test
  void miOfTenNatsInTwentyDimensionsIsTheStaircaseCorrelation() {
    // rho = sqrt(1 - e^{-2*10/20}) = sqrt(1 - e^{-1}) = 0.7950601...
    assertThat(CorrelatedGaussianOptions.ofMutualInformation(20, 10).rho())
        .isCloseTo(0.795060, within(1e-6));
  }

  @Test
  void rhoAndMiTogetherAreRejected() {
    assertThatThrownBy(
            () -> CorrelatedGaussianOptions.fromProperties(Map.of("rho", "0.5", "mi", "1")))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("either rho or mi, not both")
        .extracting(e -> ((MineException) e).code())
        .isEqualTo(ErrorCode.INVALID_OPTIONS);
  }

  @Test
  void outOfRangeValuesNameTheOptionAndTheValue() {
    assertThatThrownBy(() -> CorrelatedGaussianOptions.fromProperties(Map.of("rho", "1.2")))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("dataset 'correlated-gaussian'")
        .hasMessageContaining("rho must be in (-1, 1), found 1.2");
    assertThatThrownBy(() -> CorrelatedGaussianOptions.fromProperties(Map.of("dim", "-2")))
        .hasMessageContaining("dim must be at least 1, found -2");
    assertThatThrownBy(() -> CorrelatedGaussianOptions.fromProperties(Map.of("mi", "-0.5")))
        .hasMessageContaining("mi must be a finite number >= 0 nats, found -0.5");
    assertThatThrownBy(() -> CorrelatedGaussianOptions.fromProperties(Map.of("mi", "50")))
        .hasMessageContaining("too large for dim = 1");
    assertThatThrownBy(() -> CorrelatedGaussianOptions.fromProperties(Map.of("rho", "NaN")))
        .hasMessageContaining("found NaN");
  }

  @Test
  void recordRejectsBadValuesDirectly() {
    assertThatThrownBy(() -> new CorrelatedGaussianOptions(1, -1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rho must be in (-1, 1), found -1.0");
    assertThatThrownBy(() -> new CorrelatedGaussianOptions(0, 0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dim must be at least 1, found 0");
  }
}
