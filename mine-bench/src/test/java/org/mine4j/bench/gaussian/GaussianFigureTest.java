package org.mine4j.bench.gaussian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.mine4j.bench.results.Json;

/** The Gaussian benchmark's figure and page, from hand-made runs. */
class GaussianFigureTest {
  @TempDir Path dir;

  private static final GaussianProtocol PROTOCOL =
      GaussianProtocol.quick(OptionalInt.empty()).withRhos(List.of(-0.5, 0.5));

  private static GaussianRun ok(double rho, String estimator, double estimate) {
    return new GaussianRun(
        rho,
        GaussianProtocol.trueMutualInformation(rho),
        estimator,
        1,
        2,
        3,
        OptionalDouble.of(estimate),
        estimate - 0.01,
        estimate + 0.02,
        OptionalLong.empty(),
        "DV",
        1000,
        1.5,
        Map.of());
  }

  private static GaussianRun diverged(double rho, String estimator) {
    return new GaussianRun(
        rho,
        GaussianProtocol.trueMutualInformation(rho),
        estimator,
        1,
        2,
        3,
        OptionalDouble.empty(),
        Double.NaN,
        Double.NaN,
        OptionalLong.of(42),
        "",
        42,
        0.5,
        Map.of());
  }

  private static GaussianResults results() {
    return new GaussianResults(
        PROTOCOL,
        0,
        List.of("good", "<odd>"),
        List.of(
            ok(-0.5, "good", 0.14),
            ok(-0.5, "<odd>", 0.30),
            ok(0.5, "good", 0.15),
            diverged(0.5, "<odd>")));
  }

  @Test
  void theEstimatePanelHasAMarkerPerFinishedRunAndTheTrueCurve() {
    XYChart chart = new GaussianPlot(results()).estimates();

    XYSeries good = chart.getSeriesMap().get("good");
    // Markers only (the chart's default style, no line of its own): sparse points are not joined.
    assertThat(chart.getStyler().getDefaultSeriesRenderStyle())
        .isEqualTo(XYSeries.XYSeriesRenderStyle.Scatter);
    assertThat(good.getXYSeriesRenderStyle()).isNull();
    assertThat(good.getXData()).containsExactly(-0.5, 0.5);
    assertThat(chart.getSeriesMap().get("<odd>").getYData()).containsExactly(0.30);
    assertThat(chart.getSeriesMap().get("true MI").getYData()[100])
        .isEqualTo(GaussianProtocol.trueMutualInformation(0.0));
    assertThat(chart.getTitle()).contains("one seed").endsWith("; 1 diverged runs not shown");
  }

  @Test
  void theErrorPanelShowsEstimateMinusTruthWithTheRunsIntervals() {
    XYChart chart = new GaussianPlot(results()).errors();

    double truth = GaussianProtocol.trueMutualInformation(0.5);
    assertThat(chart.getSeriesMap().get("good").getYData()[1]).isEqualTo(0.15 - truth);
    // Each run's own interval, as a vertical bar from its low to its high end.
    XYSeries interval = chart.getSeriesMap().get("good interval 1");
    assertThat(interval.getYData()[0]).isCloseTo(0.14 - truth, within(1e-12));
    assertThat(interval.getYData()[1]).isCloseTo(0.17 - truth, within(1e-12));
    assertThat(interval.isShowInLegend()).isFalse();
  }

  @Test
  void writesTheFigureAndASelfContainedPageBesideTheResults() throws IOException {
    List<Path> files = new GaussianReport(results()).writeWithFigure(dir, 12.3, 2);

    assertThat(files)
        .containsExactly(
            dir.resolve("gaussian/results.csv"),
            dir.resolve("gaussian/results.json"),
            dir.resolve("gaussian.png"),
            dir.resolve("gaussian.html"));
    byte[] png = Files.readAllBytes(dir.resolve("gaussian.png"));
    assertThat(ImageIO.read(new ByteArrayInputStream(png)).getHeight())
        .isEqualTo(2 * GaussianPlot.PANEL_HEIGHT);
    String html = Files.readString(dir.resolve("gaussian.html"));
    assertThat(html)
        .contains("2 estimators × 2 correlations (4 runs, 1 diverged), quick settings, 12 s on 2")
        .contains("steps=1000, batch-size=256, learning-rate=1e-3, hidden=64,64")
        .contains("&lt;odd&gt;")
        .doesNotContain("<odd>")
        .contains("diverged at step 42")
        .doesNotContainIgnoringCase("http://")
        .doesNotContainPattern("(?i)<(link|script|iframe|object)\\b");
    // The ranking: good's mean |error| (0.0038 and 0.0062) is far below <odd>'s 0.156.
    assertThat(html.indexOf("<td>good</td>")).isLessThan(html.indexOf("<td>&lt;odd&gt;</td>"));
    ObjectNode json =
        (ObjectNode) Json.MAPPER.readTree(dir.resolve("gaussian/results.json").toFile());
    assertThat(json.get("settings").asText()).isEqualTo("quick");
  }
}
