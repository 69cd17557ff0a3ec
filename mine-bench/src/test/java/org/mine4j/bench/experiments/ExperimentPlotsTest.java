package org.mine4j.bench.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** The MINE paper experiments' figures: no joined sparse points, a seed count, round colours. */
class ExperimentPlotsTest {
  private static Trial trial(double estimate) {
    return new Trial(OptionalDouble.of(estimate), OptionalLong.empty(), 1.0);
  }

  private static final Trial DIVERGED = new Trial(OptionalDouble.empty(), OptionalLong.of(3), 1.0);

  @Test
  void mineVsKsgDrawsMarkersOnlyAndSaysItIsOneSeed() {
    List<MineVsKsgRow> rows =
        List.of(
            new MineVsKsgRow(2, -0.5, 0.29, "mine", trial(0.27)),
            new MineVsKsgRow(2, 0.5, 0.29, "mine", DIVERGED),
            new MineVsKsgRow(2, 0.5, 0.29, "ksg", trial(0.30)));

    XYChart chart = MineVsKsgPlot.chart(2, 1000, List.of("mine", "ksg"), rows);

    XYSeries mine = chart.getSeriesMap().get("mine");
    assertThat(mine.getXYSeriesRenderStyle()).isEqualTo(XYSeries.XYSeriesRenderStyle.Scatter);
    assertThat(mine.getXData()).containsExactly(-0.5);
    assertThat(chart.getTitle()).endsWith("one seed per point");
  }

  @Test
  void theHeatMapHasARoundSymmetricScaleAndNoMinusZero() {
    NonlinearExperimentOptions options =
        NonlinearExperimentOptions.fromProperties(
            Map.of("functions", "x,cube", "sigmas", "0.1,0.3"));
    List<NonlinearRow> rows =
        List.of(
            new NonlinearRow("x", 0.1, 1.0, trial(0.9996)), // -0.04%: prints as +0.0
            new NonlinearRow("x", 0.3, 1.0, trial(0.6962)), // -30.38%: the scale goes to 40
            new NonlinearRow("cube", 0.1, 1.0, trial(1.05)),
            new NonlinearRow("cube", 0.3, 1.0, DIVERGED));

    HeatMapChart chart = NonlinearHeatMap.chart(options, rows);

    assertThat(chart.getStyler().getMin()).isEqualTo(-40.0);
    assertThat(chart.getStyler().getMax()).isEqualTo(40.0);
    assertThat(chart.getTitle()).endsWith("one seed per cell");
    assertThat(Double.doubleToRawLongBits(NonlinearHeatMap.oneDecimal(-0.04))).isZero();
    assertThat(NonlinearHeatMap.oneDecimal(-30.38)).isEqualTo(-30.4);
  }
}
