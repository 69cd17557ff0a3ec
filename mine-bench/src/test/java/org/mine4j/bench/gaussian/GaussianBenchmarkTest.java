package org.mine4j.bench.gaussian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mine4j.api.Estimator;
import org.mine4j.bench.fakes.FakeEstimatorFactory;
import org.mine4j.bench.fakes.FakeGaussianFactory;

class GaussianBenchmarkTest {
  private static final GaussianProtocol PROTOCOL = GaussianProtocol.standard(OptionalInt.of(10));

  private static GaussianBenchmark benchmark(FakeEstimatorFactory... factories) {
    Map<String, Estimator> estimators = new LinkedHashMap<>();
    for (FakeEstimatorFactory factory : factories) {
      estimators.put(factory.name(), factory.create(PROTOCOL.estimatorOptions()));
    }
    return new GaussianBenchmark(new FakeGaussianFactory(), estimators, PROTOCOL);
  }

  @Test
  void theProtocolIsFifteenRhosFromMinusToPlusPointNineNine() {
    assertThat(PROTOCOL.rhos()).hasSize(15);
    assertThat(PROTOCOL.rhos().get(0)).isEqualTo(-0.99);
    assertThat(PROTOCOL.rhos().get(7)).isCloseTo(0.0, within(1e-15));
    assertThat(PROTOCOL.rhos().get(14)).isCloseTo(0.99, within(1e-15));
    assertThat(PROTOCOL.trainRows()).isEqualTo(3000);
    assertThat(PROTOCOL.estimatorOptions())
        .containsEntry("batch-size", "500")
        .containsEntry("learning-rate", "1e-4")
        .containsEntry("hidden", "100,100")
        .containsEntry("steps", "10");
    assertThat(GaussianProtocol.trueMutualInformation(0.99)).isCloseTo(1.9585, within(1e-4));
    assertThat(GaussianProtocol.standard(OptionalInt.empty()).estimatorOptions())
        .doesNotContainKey("steps");
  }

  @Test
  void everyPairRunsAndTheEstimatesAreEvaluatedOnFreshHeldOutSamples() {
    AtomicInteger calls = new AtomicInteger();
    GaussianResults results =
        benchmark(FakeEstimatorFactory.correlation(), FakeEstimatorFactory.constant())
            .run(3, 2, run -> calls.incrementAndGet());

    assertThat(results.runs()).hasSize(30);
    assertThat(calls).hasValue(30);
    assertThat(results.estimators()).containsExactly("fake-correlation", "fake-constant");
    // 10,000 held-out samples: the sample correlation is within ~0.01 of rho, so the MI error is
    // small.
    assertThat(results.meanAbsoluteError("fake-correlation").getAsDouble()).isLessThan(0.02);
    GaussianRun first = results.run(0, "fake-correlation");
    GaussianRun other = results.run(0, "fake-constant");
    assertThat(first.dataSeed()).isEqualTo(other.dataSeed());
    assertThat(first.heldOutSeed()).isEqualTo(other.heldOutSeed());
    assertThat(first.seed()).isNotEqualTo(other.seed());
  }

  @Test
  void theResultsDoNotDependOnTheNumberOfThreads() {
    GaussianResults one = benchmark(FakeEstimatorFactory.correlation()).run(11, 1, run -> {});
    GaussianResults three = benchmark(FakeEstimatorFactory.correlation()).run(11, 3, run -> {});
    GaussianResults otherSeed = benchmark(FakeEstimatorFactory.correlation()).run(12, 3, run -> {});

    for (int i = 0; i < 15; i++) {
      assertThat(three.run(i, "fake-correlation").estimate())
          .isEqualTo(one.run(i, "fake-correlation").estimate());
      assertThat(three.run(i, "fake-correlation").seed())
          .isEqualTo(one.run(i, "fake-correlation").seed());
    }
    assertThat(otherSeed.run(0, "fake-correlation").seed())
        .isNotEqualTo(one.run(0, "fake-correlation").seed());
  }

  @Test
  void aDivergedRunIsRecordedNotThrown() {
    GaussianResults results =
        benchmark(FakeEstimatorFactory.diverging(), FakeEstimatorFactory.constant())
            .run(0, 2, run -> {});

    GaussianRun run = results.run(4, "fake-diverging");
    assertThat(run.diverged()).isTrue();
    assertThat(run.divergedStep()).hasValue(7);
    assertThat(results.divergedCount("fake-diverging")).isEqualTo(15);
    assertThat(results.meanAbsoluteError("fake-diverging")).isEmpty();
    assertThat(new GaussianReport(results).table())
        .contains("diverged (step 7)")
        .contains("n/a (15 diverged)");
  }

  @Test
  void anyOtherFailureStopsTheBenchmark() {
    assertThatThrownBy(
            () ->
                benchmark(FakeEstimatorFactory.constant(), FakeEstimatorFactory.broken())
                    .run(0, 2, run -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("fake bug");
  }

  @Test
  void theTableHasOneLinePerRhoAndTheMeanAbsoluteError() {
    GaussianResults results = benchmark(FakeEstimatorFactory.constant()).run(0, 1, run -> {});

    List<String> lines = new GaussianReport(results).table().lines().toList();
    assertThat(lines).hasSize(17);
    assertThat(lines.get(0)).containsPattern("rho +true MI +fake-constant");
    assertThat(lines.get(1)).containsPattern("-0\\.990 +1\\.9585 +0\\.5000");
    assertThat(lines.get(16)).startsWith("    MAE");
  }
}
