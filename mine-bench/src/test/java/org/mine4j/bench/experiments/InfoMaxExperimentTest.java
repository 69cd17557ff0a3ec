package org.mine4j.bench.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mine4j.api.experiment.ExperimentContext;
import org.mine4j.api.experiment.ExperimentListener;
import org.mine4j.api.experiment.ExperimentReport;
import org.mine4j.bench.plugins.Components;

/** A smoke run of the infomax experiment with every kind of gradient source. */
class InfoMaxExperimentTest {
  private static final Components COMPONENTS = Components.discover();

  @Test
  void smokeRunWritesCsvPlotAndTable(@TempDir Path dir) throws Exception {
    InfoMaxExperiment experiment =
        new InfoMaxFactory()
            .create(
                Map.of(
                    "dim", "4",
                    "steps", "6",
                    "batch", "32",
                    "eval-every", "3",
                    "probe-rows", "200",
                    "critic-steps", "1"));
    ExperimentReport report =
        experiment.run(new ExperimentContext(3, dir, COMPONENTS, ExperimentListener.NONE, 2));

    Path out = dir.resolve("infomax");
    List<String> csv = Files.readAllLines(out.resolve("infomax.csv"));
    assertThat(csv.get(0)).isEqualTo(InfoMaxReport.CSV_HEADER);
    assertThat(csv).hasSize(1 + 3 * 3); // steps 0, 3, 6 for mige, mine, infonce
    assertThat(Files.readAllBytes(out.resolve("infomax.png"))).startsWith(0x89, 'P', 'N', 'G');
    assertThat(report.table()).contains("mige", "mine", "infonce", "probe after");
    for (String name : List.of("mige", "mine", "infonce")) {
      assertThat(report.metrics().get(name + ".probe-accuracy")).isBetween(0.0, 1.0);
      assertThat(report.metrics().get(name + ".alignment")).isBetween(0.0, 1.0);
      assertThat(report.metrics().get(name + ".ms-per-step")).isPositive();
    }
    // Every source starts from the same encoder: the same probe before training.
    assertThat(report.metrics().get("mige.initial-probe-accuracy"))
        .isEqualTo(report.metrics().get("infonce.initial-probe-accuracy"));
  }

  @Test
  void noiseMustBePositive() {
    assertThatThrownBy(() -> InfoMaxOptions.fromProperties(Map.of("noise", "0")))
        .hasMessageContaining("noise must be positive");
    InfoMaxOptions options = InfoMaxOptions.fromProperties(Map.of("dim", "6"));
    assertThat(InfoMaxOptions.fromProperties(options.toProperties())).isEqualTo(options);
  }
}
