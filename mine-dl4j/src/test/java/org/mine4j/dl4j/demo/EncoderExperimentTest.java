package org.mine4j.dl4j.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mine4j.api.MineException;
import org.mine4j.api.experiment.ExperimentContext;
import org.mine4j.api.experiment.ExperimentListener;
import org.mine4j.api.experiment.ExperimentReport;
import org.mine4j.api.spi.MinePlugin;
import org.mine4j.api.spi.PluginComponents;
import org.mine4j.dl4j.Dl4jPlugin;
import org.mine4j.estimators.EstimatorsPlugin;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The {@code dl4j-encoders} experiment: registered by this module's plugin, runs through the
 * experiment context alone (components looked up, files written), and its exact-MI formulas hold on
 * encoders with known answers.
 */
class EncoderExperimentTest {
  @TempDir Path dir;

  @Test
  void thePluginRegistersTheExperimentForServiceLoader() {
    List<String> names =
        ServiceLoader.load(MinePlugin.class).stream()
            .map(ServiceLoader.Provider::get)
            .flatMap(p -> p.experiments().stream())
            .map(f -> f.name())
            .toList();
    assertThat(names).contains("dl4j-encoders");
  }

  @Test
  void aShortRunWritesItsCsvAndReportsBothTasks() throws IOException {
    PluginComponents components =
        PluginComponents.of(List.of(new EstimatorsPlugin(), new Dl4jPlugin()));
    ExperimentReport report =
        components
            .experiment("dl4j-encoders")
            .create(Map.of("steps", "40", "eval-every", "20"))
            .run(new ExperimentContext(3, dir, components, ExperimentListener.NONE, 1));

    Path csv = dir.resolve("dl4j-encoders/dl4j-encoders.csv");
    assertThat(report.files()).containsExactly(csv.toAbsolutePath());
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).isEqualTo("task,step,metric,mse,estimate,true_mi");
    assertThat(lines).hasSize(1 + 4);
    assertThat(report.metrics()).containsKeys("maximise.cosine", "minimise.nuisance-ratio");
    assertThat(report.table()).contains("maximise I(z; y)", "minimise I(z; x3)");
  }

  @Test
  void badOptionsNameTheFix() {
    assertThatThrownBy(() -> new EncoderExperimentFactory().create(Map.of("eval-every", "500")))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("eval-every must be between 1 and steps (400)");
  }

  @Test
  void theExactMutualInformationOfKnownEncoders() {
    // The best direction (1, 1, 0, 0): rho^2 = 2 / 2.09.
    assertThat(EncoderExperiment.maximiseTruth(column(1, 1, 0, 0)))
        .isCloseTo(-0.5 * Math.log(1 - 2 / 2.09), within(1e-12));
    // z = (x1 + x3, x2): I(x1 + x3; x3) = -ln(1 - 1/2) / 2.
    double[][] w = {{1, 0}, {0, 1}, {1, 0}, {0, 0}};
    assertThat(EncoderExperiment.minimiseTruth(Nd4j.create(w).castTo(DataType.FLOAT)))
        .isCloseTo(0.5 * Math.log(2), within(1e-6));
    double[][] none = {{1, 0.5}, {0, 1}, {0, 0}, {0.3, 0}};
    assertThat(EncoderExperiment.minimiseTruth(Nd4j.create(none))).isEqualTo(0.0, within(1e-12));
  }

  private static org.nd4j.linalg.api.ndarray.INDArray column(double... values) {
    return Nd4j.create(values, new long[] {values.length, 1}, DataType.DOUBLE);
  }
}
