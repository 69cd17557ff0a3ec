package org.mine4j.estimators.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.MineException;
import org.mine4j.api.NonFiniteLossException;
import org.mine4j.api.TrainingStatus;
import org.mine4j.api.contract.ContractSamples;
import org.mine4j.api.data.Samples;
import org.mine4j.api.spi.MinePlugin;
import org.mine4j.estimators.EstimatorsPlugin;

/**
 * Behaviour of the neural estimators beyond the contract: listeners, divergence, held-out data,
 * discovery.
 */
class NeuralEstimatorTest {
  private static final Map<String, String> FAST =
      Map.of("steps", "200", "batch-size", "64", "hidden", "16,16");

  @Test
  void serviceLoaderFindsThePlugin() {
    List<String> names = new ArrayList<>();
    ServiceLoader.load(MinePlugin.class).forEach(p -> names.add(p.name()));
    assertThat(names).contains(new EstimatorsPlugin().name());
  }

  @Test
  void listenerSeesEveryStepAndHeldOutEvaluations() {
    List<TrainingStatus> seen = new ArrayList<>();
    Map<String, String> options = new java.util.HashMap<>(FAST);
    options.put("eval-every", "50");
    NeuralContractTests.factory("mine")
        .create(options)
        .estimate(
            ContractSamples.gaussian(600, 1, 0.5, 1),
            EstimationContext.seeded(1).withListener(seen::add));
    assertThat(seen).hasSize(200);
    assertThat(seen.get(49).heldOutBound()).isPresent();
    assertThat(seen.get(48).heldOutBound()).isEmpty();
    assertThat(seen.get(199).step()).isEqualTo(200);
  }

  @Test
  void earlyStoppingEndsTrainingAndKeepsTheBestValidatedCritic() {
    // Independent data: the validation bound stops improving almost at once, so patience 2 ends the
    // run long before
    // its 5,000-step budget, and the kept critic is one that was validated.
    Map<String, String> options =
        Map.of("steps", "5000", "batch-size", "64", "eval-every", "20", "patience", "2");
    Estimate e =
        NeuralContractTests.factory("mine")
            .create(options)
            .estimate(ContractSamples.gaussian(1000, 1, 0.0, 9), EstimationContext.seeded(9));
    assertThat(e.steps()).isLessThan(5000);
    long selected = Long.parseLong(e.provenance().entries().get("selected-step"));
    assertThat(selected % 20).isZero();
    assertThat(selected).isBetween(20L, e.steps());
  }

  @Test
  void divergenceStopsAtTheStepWithTheLastFiniteEstimate() {
    // NWJ's e^{T-1} overflows once the critic grows without bound; a learning rate of 50 on a
    // Gaussian with
    // rho = 0.999 gets there within a few hundred steps.
    Map<String, String> options =
        Map.of("steps", "3000", "batch-size", "64", "learning-rate", "50");
    assertThatThrownBy(
            () ->
                NeuralContractTests.factory("nwj")
                    .create(options)
                    .estimate(
                        ContractSamples.gaussian(1000, 1, 0.999, 2), EstimationContext.seeded(2)))
        .isInstanceOfSatisfying(
            NonFiniteLossException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.NON_FINITE_LOSS);
              assertThat(e.step()).isBetween(1L, 3000L);
            })
        .hasMessageContaining("at step");
  }

  @Test
  void givenHeldOutSamplesAreUsedWhole() {
    Samples train = ContractSamples.gaussian(500, 2, 0.5, 3);
    Samples heldOut = ContractSamples.gaussian(700, 2, 0.5, 4);
    Map<String, String> options = new java.util.HashMap<>(FAST);
    options.put("validation-fraction", "0");
    Estimate e =
        NeuralContractTests.factory("dv")
            .create(options)
            .estimate(train, EstimationContext.seeded(3).withHeldOut(heldOut));
    assertThat(e.trainRows()).isEqualTo(500);
    assertThat(e.evaluationRows()).isEqualTo(700);
  }

  @Test
  void heldOutSamplesWithOtherDimensionsAreRejected() {
    Samples train = ContractSamples.gaussian(100, 2, 0.5, 3);
    Samples heldOut = ContractSamples.gaussian(100, 1, 0.5, 4);
    assertThatThrownBy(
            () ->
                NeuralContractTests.factory("dv")
                    .create(FAST)
                    .estimate(train, EstimationContext.seeded(3).withHeldOut(heldOut)))
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DATA));
  }

  @Test
  void batchLargerThanTheTrainingRowsIsReducedWithAWarning() {
    Estimate e =
        NeuralContractTests.factory("dv")
            .create(Map.of("steps", "20", "batch-size", "500"))
            .estimate(ContractSamples.gaussian(100, 1, 0.5, 5), EstimationContext.seeded(5));
    // 100 rows: 50 held out, 10 of the other 50 validate, 40 train.
    assertThat(e.warnings())
        .anyMatch(w -> w.contains("batch size 500 reduced to the 40 training rows"));
  }

  @Test
  void misspeltOptionSuggestsTheRightOne() {
    assertThatThrownBy(() -> NeuralContractTests.factory("mine").create(Map.of("ema-decy", "0.1")))
        .hasMessageContaining("did you mean 'ema-decay'");
  }

  @Test
  void tooFewRowsIsAnInputError() {
    assertThatThrownBy(
            () ->
                NeuralContractTests.factory("dv")
                    .create(FAST)
                    .estimate(ContractSamples.gaussian(3, 1, 0.5, 6), EstimationContext.seeded(6)))
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DATA))
        .hasMessageContaining("too few rows");
  }

  @Test
  void theLastCriticsHeldOutValueIsReportedBesideTheChosenOnes() {
    Samples samples = ContractSamples.gaussian(1000, 1, 0.0, 9);
    // Early stopping on independent data keeps an early critic, so the last one differs from it.
    Estimate stopped =
        NeuralContractTests.factory("mine")
            .create(
                Map.of("steps", "5000", "batch-size", "64", "eval-every", "20", "patience", "2"))
            .estimate(samples, EstimationContext.seeded(9));
    long selected = Long.parseLong(stopped.provenance().entries().get("selected-step"));
    double last =
        Double.parseDouble(stopped.provenance().entries().get(NeuralEstimator.FINAL_VALUE));
    assertThat(selected).isLessThan(stopped.steps());
    assertThat(last).isFinite().isNotEqualTo(stopped.nats());

    // Without validation the last critic is the chosen one: the same value, exactly.
    Map<String, String> options = new java.util.HashMap<>(FAST);
    options.put("validation-fraction", "0");
    Estimate unvalidated =
        NeuralContractTests.factory("mine")
            .create(options)
            .estimate(samples, EstimationContext.seeded(9));
    assertThat(
            Double.parseDouble(unvalidated.provenance().entries().get(NeuralEstimator.FINAL_VALUE)))
        .isEqualTo(unvalidated.nats());
  }
}
