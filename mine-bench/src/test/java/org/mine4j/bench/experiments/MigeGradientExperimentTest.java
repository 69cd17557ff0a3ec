package org.mine4j.bench.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mine4j.api.data.Samples;
import org.mine4j.api.experiment.ExperimentContext;
import org.mine4j.api.experiment.ExperimentListener;
import org.mine4j.api.experiment.ExperimentReport;
import org.mine4j.api.gradient.SampleGradient;
import org.mine4j.bench.plugins.Components;

/** The mige-gradient experiment: the chain rule through the sampler, and a smoke run. */
class MigeGradientExperimentTest {
  private static final Components COMPONENTS = Components.discover();

  @Test
  void chainRuleThroughTheSamplerIsExactForALinearTerm() {
    // dI/dy_i = a (the same vector on every row): dI/drho = sum_i a . (x_i - rho e_i / sqrt(1 -
    // rho^2)) with e recovered from y; checked against the x and e that made y.
    double rho = 0.6;
    float[] x = {0.5f, -1.0f, 2.0f, 0.25f};
    float[] e = {1.0f, 0.5f, -0.5f, -2.0f};
    float[] y = new float[4];
    double expected = 0;
    double s = Math.sqrt(1 - rho * rho);
    for (int i = 0; i < 4; i++) {
      y[i] = (float) (rho * x[i] + s * e[i]);
      expected += 0.5 * (x[i] - rho * e[i] / s);
    }
    Samples batch = Samples.ofRowMajor(x, y, 2, 2, 2);
    SampleGradient gradient =
        new SampleGradient(new float[4], new float[] {0.5f, 0.5f, 0.5f, 0.5f}, 2, 2, 2);
    // float storage of y: 1e-6 relative.
    assertThat(RhoGradient.of(gradient, batch, rho)).isCloseTo(expected, within(1e-5));
    assertThat(RhoGradient.exact(8, 0.5)).isCloseTo(8 * 0.5 / 0.75, within(1e-12));
  }

  @Test
  void smokeRunWritesCsvPlotsAndTable(@TempDir Path dir) throws Exception {
    MigeGradientExperiment experiment =
        new MigeGradientFactory()
            .create(
                Map.of(
                    "dims", "2,4",
                    "points", "3",
                    "n", "64",
                    "steps", "5",
                    "hidden", "16",
                    "embedding", "4"));
    ExperimentReport report =
        experiment.run(new ExperimentContext(5, dir, COMPONENTS, ExperimentListener.NONE, 2));

    Path out = dir.resolve("mige-gradient");
    List<String> csv = Files.readAllLines(out.resolve("mige-gradient.csv"));
    assertThat(csv.get(0)).isEqualTo(MigeGradientReport.CSV_HEADER);
    assertThat(csv).hasSize(1 + 2 * 3 * 3);
    assertThat(Files.readAllBytes(out.resolve("mige-gradient-d4.png")))
        .startsWith(0x89, 'P', 'N', 'G');
    assertThat(report.files()).hasSize(3);
    assertThat(report.table()).contains("MIGE", "MINE-f (nwj)", "authors' MAE");
    // MIGE at d = 2, 64 rows, rho in {-0.8, 0, 0.8} (true -4.44, 0, 4.44; mean 2.96): MAE 0.22
    // measured on the same grid under another seed. A sign error would give about 5.9.
    assertThat(report.metrics().get("mige.d2.mean-absolute-error")).isLessThan(1.5);
    assertThat(report.metrics())
        .containsKeys("mine.d4.mean-absolute-error", "nwj.d2.median-seconds");
  }

  @Test
  void aSourceWithoutGradientsIsRefusedBeforeAnyRun(@TempDir Path dir) {
    MigeGradientExperiment experiment =
        new MigeGradientFactory().create(Map.of("estimators", "mige,ksg", "dims", "2"));
    assertThatThrownBy(
            () ->
                experiment.run(
                    new ExperimentContext(5, dir, COMPONENTS, ExperimentListener.NONE, 1)))
        .hasMessageContaining("'ksg' gives no gradient");
    assertThat(dir.resolve("mige-gradient")).doesNotExist();
  }

  @Test
  void optionsRoundTrip() {
    MigeGradientOptions options =
        MigeGradientOptions.fromProperties(Map.of("dims", "8", "points", "4", "steps", "7"));
    assertThat(MigeGradientOptions.fromProperties(options.toProperties())).isEqualTo(options);
    assertThatThrownBy(
            () -> MigeGradientOptions.fromProperties(Map.of("rhos", "0.5", "points", "3")))
        .hasMessageContaining("either rhos or points");
  }
}
