package org.mine4j.bench.staircase;

import static java.util.Objects.requireNonNull;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;

/**
 * The staircase figure of Song &amp; Ermon (2020): each estimator's per-step estimates smoothed by
 * an EWM of span 200, the true MI as a black staircase, and each bound's ceiling (ln K for InfoNCE,
 * 1 + ln K − ln α for I_α) as a dashed line in the estimator's colour. Rendered headless to PNG
 * with XChart; a diverged run's line ends at its last finite step.
 */
final class StaircasePlot {
  static final int SPAN = 200;
  private static final int POINTS = 1000;
  private static final Color[] PALETTE = {
    new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
    new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
    new Color(0xbcbd22), new Color(0x17becf), new Color(0x393b79), new Color(0xad494a),
    new Color(0x637939), new Color(0xe7ba52), new Color(0x000080), new Color(0x8b0000)
  };

  private final StaircaseProtocol protocol;
  private final List<StaircaseRun> runs;

  StaircasePlot(StaircaseProtocol protocol, List<StaircaseRun> runs) {
    this.protocol = requireNonNull(protocol, "protocol is null");
    this.runs = List.copyOf(runs);
  }

  byte[] png() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    try {
      return BitmapEncoder.getBitmapBytes(chart(), BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException | RuntimeException | Error e) {
      throw new MineException(
          ErrorCode.IO_FAILURE,
          "cannot render the staircase plot: "
              + e
              + "; a headless JVM needs fonts (Debian: apt-get install fontconfig fonts-dejavu-core)",
          e);
    }
  }

  XYChart chart() {
    double top = protocol.levels().stream().mapToDouble(Double::doubleValue).max().orElse(10);
    XYChart chart =
        new XYChartBuilder()
            .width(1100)
            .height(650)
            .title(
                String.format(
                    Locale.ROOT,
                    "Staircase, %s critic%s: d=%d, batch %d, EWM span %d",
                    protocol.critic(),
                    protocol.cubic() ? ", cubic y" : "",
                    protocol.dim(),
                    protocol.batchSize(),
                    SPAN))
            .xAxisTitle("training step")
            .yAxisTitle("MI estimate (nats)")
            .build();
    XYStyler styler = chart.getStyler();
    styler.setLegendPosition(Styler.LegendPosition.InsideNW);
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setLegendBorderColor(Color.LIGHT_GRAY);
    styler.setYAxisMin(-2.0);
    styler.setYAxisMax(top + 4);
    styler.setXAxisMin(0.0);
    styler.setXAxisMax((double) protocol.totalSteps());
    styler.setXAxisDecimalPattern("#,###");

    int stride = (int) Math.max(1, protocol.totalSteps() / POINTS);
    for (int r = 0; r < runs.size(); r++) {
      StaircaseRun run = runs.get(r);
      Color color = PALETTE[r % PALETTE.length];
      double[] smoothed = Ewm.smooth(run.estimates(), SPAN);
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (int s = stride - 1; s < smoothed.length && Double.isFinite(smoothed[s]); s += stride) {
        xs.add((double) (s + 1));
        ys.add(clamp(smoothed[s], -2.0, top + 4));
      }
      if (xs.isEmpty()) {
        xs.add(1.0);
        ys.add(0.0);
      }
      String label = run.label() + (run.diverged() ? " (diverged)" : "");
      XYSeries series = chart.addSeries(label, xs, ys);
      series.setMarker(SeriesMarkers.NONE);
      series.setLineColor(color);
      series.setLineStyle(new BasicStroke(1.8f));
      if (run.ceiling().isPresent()) {
        double ceiling = run.ceiling().getAsDouble();
        XYSeries line =
            chart.addSeries(
                String.format(Locale.ROOT, "%s ceiling %.2f", run.label(), ceiling),
                List.of(1.0, (double) protocol.totalSteps()),
                List.of(ceiling, ceiling));
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(color);
        line.setLineStyle(SeriesLines.DASH_DASH);
      }
    }
    addTruth(chart);
    return chart;
  }

  private void addTruth(XYChart chart) {
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int l = 0; l < protocol.levels().size(); l++) {
      double mi = protocol.levels().get(l);
      xs.add((double) l * protocol.stepsPerLevel() + 1);
      ys.add(mi);
      xs.add((double) (l + 1) * protocol.stepsPerLevel());
      ys.add(mi);
    }
    XYSeries truth = chart.addSeries("true MI", xs, ys);
    truth.setMarker(SeriesMarkers.NONE);
    truth.setLineColor(Color.BLACK);
    truth.setLineStyle(new BasicStroke(2.2f));
  }

  private static double clamp(double value, double low, double high) {
    return Math.max(low, Math.min(high, value));
  }
}
