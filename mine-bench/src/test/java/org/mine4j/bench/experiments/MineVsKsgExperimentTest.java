package org.mine4j.bench.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mine4j.api.experiment.ExperimentContext;
import org.mine4j.api.experiment.ExperimentListener;
import org.mine4j.bench.plugins.Components;

/**
 * The experiment wires truth and estimates correctly: the closed-form {@code gaussian} (CCA)
 * estimator of mine-estimators, run inside it, recovers −(d/2) ln(1 − ρ²) in every cell.
 */
class MineVsKsgExperimentTest {
  private static final Components COMPONENTS = Components.discover();

  @Test
  void theGaussianEstimatorRecoversTheTruthInEveryCell() {
    MineVsKsgExperiment experiment =
        new MineVsKsgFactory()
            .create(
                Map.of(
                    "dims",
                    "2,20",
                    "rhos",
                    "-0.8,0.3,0.8",
                    "n",
                    "20000",
                    "estimators",
                    "gaussian"));

    List<MineVsKsgRow> rows =
        experiment.runAll(
            new ExperimentContext(3, Path.of("unused"), COMPONENTS, ExperimentListener.NONE, 2));

    assertThat(rows).hasSize(6);
    for (MineVsKsgRow row : rows) {
      assertThat(row.truth())
          .isEqualTo(-0.5 * row.dim() * Math.log1p(-row.rho() * row.rho()), within(1e-12));
      // The CCA estimate has sampling sd about |rho| sqrt(d / N) (delta method: each canonical
      // term -1/2 ln(1 - r^2) has sd |rho| / sqrt(N)) and bias about d^2 / (2N) upwards: at
      // d = 20, rho = 0.8, N = 20000 that is 0.025 and 0.01. Allow 4 sd plus the bias.
      double tolerance =
          4 * Math.abs(row.rho()) * Math.sqrt(row.dim() / 20000.0)
              + row.dim() * row.dim() / 40000.0;
      assertThat(row.estimate())
          .as("d=%d rho=%s", row.dim(), row.rho())
          .isCloseTo(row.truth(), within(tolerance));
    }
    assertThat(rows).extracting(MineVsKsgRow::dim).containsExactly(2, 2, 2, 20, 20, 20);
  }

  @Test
  void trainingSettingsGoOnlyToNeuralEstimators() {
    // ksg declares no 'steps' option and would reject it (runAll would throw INVALID_OPTIONS while
    // making the estimators); mine takes it.
    MineVsKsgExperiment experiment =
        new MineVsKsgFactory()
            .create(
                Map.of(
                    "estimators",
                    "mine,ksg",
                    "steps",
                    "17",
                    "dims",
                    "1",
                    "rhos",
                    "0.5",
                    "n",
                    "200"));

    List<MineVsKsgRow> rows =
        experiment.runAll(
            new ExperimentContext(1, Path.of("unused"), COMPONENTS, ExperimentListener.NONE, 1));

    assertThat(experiment.options().neural().steps()).isEqualTo(17);
    assertThat(rows).extracting(MineVsKsgRow::estimator).containsExactly("mine", "ksg");
    assertThat(rows).allSatisfy(row -> assertThat(row.trial().estimate()).isPresent());
  }
}
