package org.mine4j.estimators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mine4j.api.spi.EstimatorFactory;

/** What the plugin registers. */
class EstimatorsPluginTest {
  @Test
  void registersTheNeuralAndTheNonParametricEstimators() {
    assertThat(new EstimatorsPlugin().estimators())
        .extracting(EstimatorFactory::name)
        .containsExactly(
            "dv",
            "mine",
            "nwj",
            "infonce",
            "js",
            "smile",
            "remine",
            "remine-j",
            "tuba",
            "alpha",
            "ksg",
            "ksg2",
            "gaussian",
            "histogram",
            "mige");
  }
}
