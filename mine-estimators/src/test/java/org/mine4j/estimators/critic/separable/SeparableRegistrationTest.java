package org.mine4j.estimators.critic.separable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.data.Samples;
import org.mine4j.api.spi.EstimatorFactory;
import org.mine4j.api.spi.NetworkFactory;
import org.mine4j.estimators.EstimatorsPlugin;

/** The {@code separable} critic as the plugin and the neural estimators offer it. */
class SeparableRegistrationTest {

  @Test
  void thePluginListsTheSeparableNetwork() {
    assertThat(new EstimatorsPlugin().networks())
        .extracting(NetworkFactory::name)
        .contains(SeparableNetworkFactory.NAME);
  }

  @Test
  void infoNceTrainsASeparableCritic() {
    // rho = 0.8: I = -ln(1 - 0.64) / 2 = 0.51 nats, well under InfoNCE's ceiling ln 64 = 4.2.
    int rows = 2000;
    double rho = 0.8;
    SplittableRandom random = new SplittableRandom(4);
    float[] x = new float[rows];
    float[] y = new float[rows];
    for (int i = 0; i < rows; i++) {
      double xi = random.nextGaussian();
      x[i] = (float) xi;
      y[i] = (float) (rho * xi + Math.sqrt(1 - rho * rho) * random.nextGaussian());
    }
    EstimatorFactory infonce =
        new EstimatorsPlugin()
            .estimators().stream()
                .filter(f -> f.name().equals("infonce"))
                .findFirst()
                .orElseThrow();
    Estimate estimate =
        infonce
            .create(
                Map.of(
                    "critic", "separable",
                    "hidden", "32",
                    "steps", "400",
                    "batch-size", "64",
                    "learning-rate", "0.005",
                    "eval-every", "0"))
            .estimate(Samples.ofRowMajor(x, y, rows, 1, 1), EstimationContext.seeded(4));
    // 1,000 held-out rows: the estimate's standard error is a few hundredths of a nat; a trained
    // critic lands near 0.5, an untrained one near 0. The wide band only guards the wiring.
    assertThat(estimate.nats()).isBetween(0.3, 0.7);
    assertThat(estimate.provenance().entries())
        .containsEntry("estimator.critic", "separable")
        .containsEntry("network", "separable g(x)^T h(y), towers 1/1-32-32 relu");
  }
}
