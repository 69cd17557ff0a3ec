package org.mine4j.bench.staircase;

import static java.util.Objects.requireNonNull;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
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
 * an EWM of span 200, over the raw per-step trace drawn faintly in the same colour (the variance is
 * what the protocol measures), the true MI as a black staircase, and each bound's ceiling (ln K for
 * InfoNCE, 1 + ln K − ln α for I_α) as a dashed line in the estimator's colour. The x axis is
 * ticked at the level boundaries. Rendered headless to PNG with XChart; a diverged run's lines end
 * at its last finite step.
 */
final class StaircasePlot {
  static final int SPAN = 200;
  private static final int POINTS = 1000;

  /** Raw points per run: every step up to this many, evenly strided beyond. */
  private static final int RAW_POINTS = 5000;

  /** The raw trace's opacity, out of 255: visible as a band, under the smoothed line. */
  private static final int RAW_ALPHA = 50;

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
      XYChart chart = chart();
      int band = 48;
      BufferedImage image =
          new BufferedImage(chart.getWidth(), chart.getHeight() + band, BufferedImage.TYPE_INT_RGB);
      Graphics2D graphics = image.createGraphics();
      graphics.setColor(Color.WHITE);
      graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
      graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      graphics.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      chart.paint(graphics, chart.getWidth(), chart.getHeight());
      levelTicks(chart, graphics);
      graphics.dispose();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ImageIO.write(image, "png", bytes);
      return bytes.toByteArray();
    } catch (IOException | RuntimeException | Error e) {
      throw new MineException(
          ErrorCode.IO_FAILURE,
          "cannot render the staircase plot: "
              + e
              + "; a headless JVM needs fonts (Debian: apt-get install fontconfig fonts-dejavu-core)",
          e);
    }
  }

  /**
   * Tick marks and labels at the level boundaries under the plot (XChart places numeric ticks by
   * itself), then the axis title.
   */
  private void levelTicks(XYChart chart, Graphics2D graphics) {
    double bottom = chart.getScreenYFromChart(chart.getStyler().getYAxisMin());
    graphics.setColor(Color.BLACK);
    graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
    FontMetrics metrics = graphics.getFontMetrics();
    for (int l = 0; l <= protocol.levels().size(); l++) {
      long step = (long) l * protocol.stepsPerLevel();
      int x = (int) Math.round(chart.getScreenXFromChart(step));
      graphics.drawLine(x, (int) bottom, x, (int) bottom + 5);
      String label = String.format(Locale.ROOT, "%,d", step);
      graphics.drawString(label, x - metrics.stringWidth(label) / 2, (int) bottom + 20);
    }
    String title = "training step (ticks at the level boundaries)";
    int middle =
        (int)
            Math.round(
                (chart.getScreenXFromChart(0) + chart.getScreenXFromChart(protocol.totalSteps()))
                    / 2);
    graphics.drawString(title, middle - metrics.stringWidth(title) / 2, (int) bottom + 40);
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
            .xAxisTitle(" ")
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
    styler.setXAxisTicksVisible(false);
    styler.setPlotGridVerticalLinesVisible(false);

    addBoundaries(chart, top);
    // Every raw trace first, so that no run's band covers another's smoothed line.
    for (int r = 0; r < runs.size(); r++) {
      addRaw(chart, runs.get(r), r, PALETTE[r % PALETTE.length], top);
    }
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

  /** The run's per-step estimates, faint, strided to at most RAW_POINTS; not in the legend. */
  private void addRaw(XYChart chart, StaircaseRun run, int index, Color color, double top) {
    float[] raw = run.estimates();
    int stride = Math.max(1, raw.length / RAW_POINTS);
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int s = 0; s < raw.length && Float.isFinite(raw[s]); s += stride) {
      xs.add((double) (s + 1));
      ys.add(clamp(raw[s], -2.0, top + 4));
    }
    if (xs.isEmpty()) {
      return;
    }
    XYSeries series = chart.addSeries("raw " + index + " " + run.label(), xs, ys);
    series.setMarker(SeriesMarkers.NONE);
    series.setLineColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), RAW_ALPHA));
    series.setLineStyle(new BasicStroke(0.8f));
    series.setShowInLegend(false);
  }

  /** Thin grey lines at the level boundaries. */
  private void addBoundaries(XYChart chart, double top) {
    for (int l = 1; l < protocol.levels().size(); l++) {
      double step = (double) l * protocol.stepsPerLevel();
      XYSeries line =
          chart.addSeries(
              "level boundary " + l, new double[] {step, step}, new double[] {-2.0, top + 4});
      line.setMarker(SeriesMarkers.NONE);
      line.setLineColor(new Color(0xcccccc));
      line.setLineStyle(new BasicStroke(1f));
      line.setShowInLegend(false);
    }
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
