package org.mine4j.bench.staircase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class StaircasePlotTest {
  private static final StaircaseProtocol PROTOCOL =
      StaircaseProtocol.standard("concat", false, 100);

  private static StaircaseRun run(String label) {
    float[] estimates = new float[(int) PROTOCOL.totalSteps()];
    for (int s = 0; s < estimates.length; s++) {
      estimates[s] = (float) (PROTOCOL.levels().get(s / 100) + (s % 2 == 0 ? 0.5 : -0.5));
    }
    return new StaircaseRun(
        label, "DV", OptionalDouble.empty(), estimates, OptionalLong.empty(), "", 500, 1.0);
  }

  @Test
  void theRawTraceLiesFaintlyUnderTheSmoothedLine() {
    XYChart chart = new StaircasePlot(PROTOCOL, List.of(run("mine"))).chart();

    XYSeries raw = chart.getSeriesMap().get("raw 0 mine");
    assertThat(raw.isShowInLegend()).isFalse();
    assertThat(raw.getLineColor().getAlpha()).isLessThan(100);
    // Every step of a short run, with its per-step scatter (+0.5 and -0.5 around the level).
    assertThat(raw.getYData()).hasSize(500).contains(2.5, 1.5);
    assertThat(chart.getSeriesMap().get("mine").isShowInLegend()).isTrue();
    List<String> names = List.copyOf(chart.getSeriesMap().keySet());
    assertThat(names.indexOf("raw 0 mine")).isLessThan(names.indexOf("mine"));
  }

  @Test
  void theLevelBoundariesAreMarkedAndTicked() throws IOException {
    StaircasePlot plot = new StaircasePlot(PROTOCOL, List.of(run("mine")));

    XYChart chart = plot.chart();
    for (int l = 1; l < PROTOCOL.levels().size(); l++) {
      assertThat(chart.getSeriesMap().get("level boundary " + l).getXData())
          .containsExactly(100.0 * l, 100.0 * l);
    }
    assertThat(chart.getStyler().isXAxisTicksVisible()).isFalse();
    // The level ticks are drawn under the chart, in a band below XChart's own area.
    assertThat(ImageIO.read(new ByteArrayInputStream(plot.png())).getHeight())
        .isGreaterThan(chart.getHeight());
  }
}
