package org.mine4j.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Dataset;
import org.mine4j.bench.sweep.SweepTask;
import org.mine4j.datasets.gaussian.CorrelatedGaussianFactory;

class StaircaseTasksTest {
  private static final List<Double> LEVELS = List.of(2.0, 4.0, 6.0, 8.0, 10.0);

  @Test
  void staircaseIsItsFiveLevelsAsCorrelatedGaussiansInTwentyDimensions() {
    List<SweepTask> tasks = StaircaseTasks.expand("staircase");

    assertThat(tasks)
        .extracting(SweepTask::label)
        .containsExactly(
            "staircase-2", "staircase-4", "staircase-6", "staircase-8", "staircase-10");
    assertThat(tasks).extracting(SweepTask::dataset).containsOnly("correlated-gaussian");
    assertThat(tasks.get(0).options()).isEqualTo(Map.of("dim", "20", "mi", "2"));
    assertThat(tasks.get(4).options()).isEqualTo(Map.of("dim", "20", "mi", "10"));
    assertTruths(tasks);
    assertThat(StaircaseTasks.expand("staircase:cubic=false")).isEqualTo(tasks);
  }

  @Test
  void cubicCubesYAndKeepsTheTruths() {
    List<SweepTask> tasks = StaircaseTasks.expand("staircase:cubic");

    assertThat(tasks)
        .extracting(SweepTask::label)
        .containsExactly(
            "staircase-cubic-2",
            "staircase-cubic-4",
            "staircase-cubic-6",
            "staircase-cubic-8",
            "staircase-cubic-10");
    assertThat(tasks.get(2).options())
        .isEqualTo(Map.of("dim", "20", "mi", "6", "y-transform", "cube"));
    assertTruths(tasks);
    assertThat(StaircaseTasks.expand("staircase:cubic=true")).isEqualTo(tasks);
  }

  /** The dataset each task names reports the level as its exact MI (a closed form). */
  private static void assertTruths(List<SweepTask> tasks) {
    CorrelatedGaussianFactory factory = new CorrelatedGaussianFactory();
    for (int i = 0; i < LEVELS.size(); i++) {
      Dataset dataset = factory.create(tasks.get(i).options());
      assertThat(dataset.dimX()).isEqualTo(20);
      assertThat(dataset.dimY()).isEqualTo(20);
      // rho = sqrt(1 - e^(-2I/d)) and back through -(d/2) ln(1 - rho^2): rounding only.
      assertThat(dataset.trueMutualInformation().getAsDouble())
          .as(tasks.get(i).label())
          .isCloseTo(LEVELS.get(i), within(1e-9));
    }
  }

  @Test
  void anyOtherOptionIsAnErrorNamingTheAcceptedOne() {
    for (String label : List.of("staircase:dim=10", "staircase:cubic=yes", "staircase:cube")) {
      assertThatThrownBy(() -> StaircaseTasks.expand(label))
          .as(label)
          .isInstanceOf(MineException.class)
          .hasMessageContaining("task 'staircase' takes only the option cubic")
          .hasMessageContaining("staircase:cubic=true")
          .hasMessageContaining("in '" + label + "'")
          .extracting(e -> ((MineException) e).code())
          .isEqualTo(ErrorCode.INVALID_OPTIONS);
    }
  }
}
