package org.mine4j.bench.staircase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The protocol's levels, correlations and step bookkeeping. */
class StaircaseProtocolTest {
  private final StaircaseProtocol standard = StaircaseProtocol.standard("concat", false, 4000);

  @Test
  void theCorrelationOfEachLevelGivesExactlyItsMutualInformation() {
    for (double mi : standard.levels()) {
      double rho = standard.rhoFor(mi);
      // -(d/2) ln(1 - rho^2), the componentwise Gaussian's MI (SPEC section 4); 1e-12 is rounding.
      assertThat(-10 * Math.log1p(-rho * rho)).isCloseTo(mi, within(1e-12));
    }
  }

  @Test
  void stepsMapToLevelsInBlocksOfStepsPerLevel() {
    assertThat(standard.totalSteps()).isEqualTo(20_000);
    assertThat(standard.trueMiAt(1)).isEqualTo(2.0);
    assertThat(standard.trueMiAt(4000)).isEqualTo(2.0);
    assertThat(standard.trueMiAt(4001)).isEqualTo(4.0);
    assertThat(standard.trueMiAt(20_000)).isEqualTo(10.0);
    assertThat(standard.window()).isEqualTo(500);
    assertThat(standard.variant()).isEqualTo("concat");
    assertThat(StaircaseProtocol.standard("separable", true, 100).variant())
        .isEqualTo("separable-cubic");
    assertThat(StaircaseProtocol.standard("separable", true, 100).window()).isEqualTo(100);
  }

  @Test
  void theEstimatorOptionsFixTheProtocolsSettings() {
    assertThat(standard.estimatorOptions())
        .containsEntry("steps", "20000")
        .containsEntry("batch-size", "64")
        .containsEntry("learning-rate", "5.0E-4")
        .containsEntry("hidden", "256,256")
        .containsEntry("critic", "concat")
        .containsEntry("negatives", "all-pairs");
  }

  @Test
  void badSettingsAreRejectedNamingThem() {
    assertThatThrownBy(() -> StaircaseProtocol.standard("mlp", false, 10))
        .hasMessageContaining("--critic must be one of concat, separable");
    assertThatThrownBy(() -> StaircaseProtocol.standard("concat", false, 0))
        .hasMessageContaining("--steps-per-level");
    assertThatThrownBy(
            () ->
                new StaircaseProtocol(
                    20, 64, List.of(2.0, -1.0), 10, 5, 1e-3, "8", "concat", false))
        .hasMessageContaining("levels");
  }
}
