package org.mine4j.bench.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;

/** The experiments' options records: defaults, validation and the property round trip. */
class ExperimentOptionsTest {
  @Test
  void mineVsKsgDefaultsAreNineRhosInTwoAndTwentyDimensions() {
    MineVsKsgOptions options = MineVsKsgOptions.fromProperties(Map.of());

    assertThat(options.dims()).containsExactly(2, 20);
    assertThat(options.rhos())
        .containsExactly(-0.95, -0.7125, -0.475, -0.2375, 0.0, 0.2375, 0.475, 0.7125, 0.95);
    assertThat(options.estimators()).containsExactly("mine", "nwj", "ksg");
    assertThat(options.n()).isEqualTo(5000);
  }

  @Test
  void mineVsKsgRoundTripsThroughProperties() {
    MineVsKsgOptions options =
        MineVsKsgOptions.fromProperties(
            Map.of("dims", "3", "points", "4", "rho-max", "0.6", "steps", "100", "hidden", "8,8"));

    assertThat(MineVsKsgOptions.fromProperties(options.toProperties())).isEqualTo(options);
  }

  @Test
  void nonlinearRoundTripsThroughProperties() {
    NonlinearExperimentOptions options =
        NonlinearExperimentOptions.fromProperties(
            Map.of("functions", "cube", "sigmas", "0.2,0.4", "estimator", "nwj", "n", "999"));

    assertThat(NonlinearExperimentOptions.fromProperties(options.toProperties()))
        .isEqualTo(options);
    assertThat(NonlinearExperimentOptions.fromProperties(Map.of()).sigmas())
        .isEqualTo(List.of(0.1, 0.3, 0.5, 0.8, 1.0));
    assertThat(NonlinearExperimentOptions.fromProperties(Map.of()).n()).isEqualTo(20000);
  }

  @Test
  void badValuesNameTheOption() {
    assertThatThrownBy(() -> MineVsKsgOptions.fromProperties(Map.of("n", "5")))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("experiment 'mine-vs-ksg'")
        .hasMessageContaining("n must be at least 10 rows, found 5")
        .extracting(e -> ((MineException) e).code())
        .isEqualTo(ErrorCode.INVALID_OPTIONS);
    assertThatThrownBy(() -> MineVsKsgOptions.fromProperties(Map.of("rho-max", "1")))
        .hasMessageContaining("rho-max must be in [0, 1), found 1.0");
    assertThatThrownBy(() -> MineVsKsgOptions.fromProperties(Map.of("dims", "2,,20")))
        .hasMessageContaining("option 'dims' has an empty entry");
    assertThatThrownBy(() -> NonlinearExperimentOptions.fromProperties(Map.of("sigmas", "0")))
        .hasMessageContaining("every sigma must be in [0.001, 1000], found 0.0");
    assertThatThrownBy(() -> NonlinearExperimentOptions.fromProperties(Map.of("hidden", "8,x")))
        .hasMessageContaining("hidden must be comma-separated positive layer sizes");
  }
}
