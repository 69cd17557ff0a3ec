package org.mine4j.api.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.Estimator;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Samples;
import org.mine4j.api.spi.EstimatorFactory;

/**
 * The contract every {@link EstimatorFactory} and its {@link Estimator}s keep, ours and third
 * parties'. Extend it in a plugin's tests and supply the factory, options that make a run fast, and
 * the tolerances your estimator reaches on the contract's two data sets (2,000 rows, seed fixed):
 * independent 1-D Gaussians (MI = 0) and 1-D Gaussians with rho = 0.8 (MI = 0.5108 nats).
 */
public abstract class EstimatorContractTest {
  /** The 1-D correlation of the Gaussian check. */
  protected static final double RHO = 0.8;

  /** The factory under test. */
  protected abstract EstimatorFactory factory();

  /**
   * Options that keep one run short (e.g. fewer training steps); must still reach the tolerances
   * below.
   */
  protected abstract Map<String, String> fastOptions();

  /**
   * Option maps that must be rejected as INVALID_OPTIONS, each with the option name the message
   * must mention.
   */
  protected abstract Map<String, Map<String, String>> invalidOptions();

  /** Accepted |estimate - truth| on the Gaussian check, in nats; justify it in the subclass. */
  protected abstract double gaussianTolerance();

  /** Accepted |estimate| on independent data, in nats; justify it in the subclass. */
  protected abstract double independenceTolerance();

  protected Samples gaussian(double rho, long seed) {
    return ContractSamples.gaussian(2000, 1, rho, seed);
  }

  @Test
  void nameIsStableLowercaseAndDescribed() {
    assertThat(factory().name()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    assertThat(factory().description()).isNotBlank();
    assertThat(factory().options()).extracting(o -> o.name()).doesNotHaveDuplicates();
  }

  @Test
  void unknownOptionIsRejectedNamingIt() {
    Map<String, String> options = new HashMap<>(fastOptions());
    options.put("no-such-option", "1");
    assertThatThrownBy(() -> factory().create(options))
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_OPTIONS))
        .hasMessageContaining("no-such-option");
  }

  @Test
  void badOptionValuesAreRejectedNamingTheOption() {
    for (Map.Entry<String, Map<String, String>> bad : invalidOptions().entrySet()) {
      assertThatThrownBy(() -> factory().create(bad.getValue()))
          .as("options %s", bad.getValue())
          .isInstanceOfSatisfying(
              MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_OPTIONS))
          .hasMessageContaining(bad.getKey());
    }
  }

  @Test
  void optionsRoundTrip() {
    Estimator estimator = factory().create(fastOptions());
    Estimator again = factory().create(estimator.options());
    assertThat(again.options()).isEqualTo(estimator.options());
    assertThat(estimator.name()).isEqualTo(factory().name());
  }

  @Test
  void sameSeedGivesTheSameEstimate() {
    Estimator estimator = factory().create(fastOptions());
    Samples samples = gaussian(RHO, 11);
    Estimate first = estimator.estimate(samples, EstimationContext.seeded(5));
    Estimate second = estimator.estimate(samples, EstimationContext.seeded(5));
    assertThat(second.nats()).isEqualTo(first.nats());
    assertThat(second.ciLow()).isEqualTo(first.ciLow());
  }

  @Test
  void independentDataGivesAboutZero() {
    Estimate estimate =
        factory().create(fastOptions()).estimate(gaussian(0.0, 12), EstimationContext.seeded(6));
    assertThat(estimate.nats()).isCloseTo(0.0, within(independenceTolerance()));
  }

  @Test
  void gaussianGivesTheAnalyticValue() {
    Estimate estimate =
        factory().create(fastOptions()).estimate(gaussian(RHO, 13), EstimationContext.seeded(7));
    assertThat(estimate.nats())
        .isCloseTo(ContractSamples.gaussianMi(1, RHO), within(gaussianTolerance()));
    assertThat(estimate.estimator()).isEqualTo(factory().name());
    assertThat(estimate.bound()).isNotBlank();
    assertThat(estimate.ciLow()).isLessThanOrEqualTo(estimate.ciHigh());
    if (estimate.ceiling().isPresent()) {
      assertThat(estimate.nats()).isLessThanOrEqualTo(estimate.ceiling().getAsDouble() + 1e-9);
    }
  }

  @Test
  void provenanceNamesTheEstimatorAndSeed() {
    Estimate estimate =
        factory().create(fastOptions()).estimate(gaussian(RHO, 14), EstimationContext.seeded(8));
    assertThat(estimate.provenance().entries()).containsEntry("estimator", factory().name());
    assertThat(estimate.provenance().entries()).containsEntry("seed", "8");
    assertThat(List.copyOf(estimate.warnings())).isNotNull();
  }
}
