package org.mine4j.bench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mine4j.api.MineException;
import org.mine4j.bench.fakes.FakeEstimatorFactory;

class SweepPlanTest {
  private static SweepEstimator estimator(String label) {
    return new SweepEstimator(
        label, "fake-constant", Map.of(), false, FakeEstimatorFactory.constant().create(Map.of()));
  }

  private static SweepTask task(String label) {
    return new SweepTask(label, "fake-gaussian", Map.of());
  }

  private static SweepPlan plan(int seeds, long master) {
    return new SweepPlan(
        List.of(estimator("a"), estimator("b")),
        List.of(task("t1"), task("t2"), task("t3")),
        List.of(100, 200),
        seeds,
        master);
  }

  @Test
  void expandsEstimatorsTasksSizesAndSeedsIntoDistinctRuns() {
    List<RunSpec> runs = plan(4, 0).runs();

    assertThat(runs).hasSize(2 * 3 * 2 * 4);
    assertThat(plan(4, 0).size()).isEqualTo(48);
    assertThat(runs.stream().map(RunSpec::key).distinct()).hasSize(48);
    assertThat(runs.get(0).key()).isEqualTo(new RunKey("a", "t1", 100, 0));
    assertThat(runs.get(1).key()).isEqualTo(new RunKey("b", "t1", 100, 0));
    assertThat(runs.get(47).key()).isEqualTo(new RunKey("b", "t3", 200, 3));
  }

  @Test
  void eachSeedIndexHasItsOwnSeedsSharedByItsRunsAndStableUnderMoreSeeds() {
    long[][] four = plan(4, 7).seedPairs();
    long[][] six = plan(6, 7).seedPairs();

    for (int i = 0; i < 4; i++) {
      assertThat(six[i]).containsExactly(four[i]);
      assertThat(four[i][0]).isNotEqualTo(four[i][1]);
    }
    assertThat(List.of(six[0][0], six[1][0], six[2][0], six[3][0], six[4][0], six[5][0]))
        .doesNotHaveDuplicates();
    assertThat(plan(4, 8).seedPairs()[0][0]).isNotEqualTo(four[0][0]);
    for (RunSpec run : plan(4, 7).runs()) {
      assertThat(run.dataSeed()).isEqualTo(four[run.key().seedIndex()][0]);
      assertThat(run.estimatorSeed()).isEqualTo(four[run.key().seedIndex()][1]);
    }
  }

  @Test
  void rejectsDuplicatesAndBadCounts() {
    assertThatThrownBy(
            () ->
                new SweepPlan(
                    List.of(estimator("a"), estimator("a")),
                    List.of(task("t")),
                    List.of(100),
                    1,
                    0))
        .isInstanceOf(MineException.class)
        .hasMessage("--estimators names 'a' twice");
    assertThatThrownBy(
            () ->
                new SweepPlan(List.of(estimator("a")), List.of(task("t")), List.of(100, 100), 1, 0))
        .hasMessage("--n names '100' twice");
    assertThatThrownBy(
            () -> new SweepPlan(List.of(estimator("a")), List.of(task("t")), List.of(1), 1, 0))
        .hasMessage("--n values must be at least 2, found 1");
    assertThatThrownBy(
            () -> new SweepPlan(List.of(estimator("a")), List.of(task("t")), List.of(100), 0, 0))
        .hasMessage("--seeds must be at least 1, found 0");
  }
}
