package org.mine4j.bench.gaussian;

import static java.util.Objects.requireNonNull;

import java.awt.BasicStroke;
import java.awt.Color;
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
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;

/**
 * The Gaussian benchmark's figure, two panels in one PNG: each estimate against rho with the exact
 * −½ ln(1 − ρ²) as a smooth black curve, and below it each estimate's error (estimate − truth)
 * around a zero line. One marker per run, the estimators side by side at each rho (not joined by
 * lines: the points are few and the curve is the truth), each with its run's own 95% interval as a
 * vertical bar; a diverged run has no marker and is counted in the title.
 */
final class GaussianPlot {
  static final int WIDTH = 1000;
  static final int PANEL_HEIGHT = 560;

  /** Matplotlib's tab10, as in the other benchmark plots. */
  private static final Color[] PALETTE = {
    new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
    new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
    new Color(0xbcbd22), new Color(0x17becf)
  };

  private static final int TRUTH_POINTS = 200;

  private final GaussianResults results;

  GaussianPlot(GaussianResults results) {
    this.results = requireNonNull(results, "results is null");
  }

  /** Both panels as one PNG. */
  byte[] png() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    try {
      BufferedImage image = new BufferedImage(WIDTH, 2 * PANEL_HEIGHT, BufferedImage.TYPE_INT_RGB);
      Graphics2D graphics = image.createGraphics();
      graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      estimates().paint(graphics, WIDTH, PANEL_HEIGHT);
      graphics.translate(0, PANEL_HEIGHT);
      errors().paint(graphics, WIDTH, PANEL_HEIGHT);
      graphics.dispose();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ImageIO.write(image, "png", bytes);
      return bytes.toByteArray();
    } catch (IOException | RuntimeException | Error e) {
      throw new MineException(
          ErrorCode.IO_FAILURE,
          "cannot render the Gaussian benchmark plot: "
              + e
              + "; a headless JVM needs fonts (Debian: apt-get install fontconfig fonts-dejavu-core)",
          e);
    }
  }

  /** The estimates against rho, with the true curve. */
  XYChart estimates() {
    XYChart chart =
        chart(
            String.format(
                Locale.ROOT,
                "1-D Gaussians: estimate vs rho, true MI = -1/2 ln(1 - rho^2) (N = %d, %s"
                    + " settings, one seed; bars: 95%% interval)%s",
                results.protocol().trainRows(),
                results.protocol().settings(),
                divergedNote()),
            "estimated MI (nats)");
    double maxRho = results.protocol().rhos().stream().mapToDouble(Math::abs).max().orElse(0.99);
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int i = 0; i <= TRUTH_POINTS; i++) {
      double rho = -maxRho + 2.0 * maxRho * i / TRUTH_POINTS;
      xs.add(rho);
      ys.add(GaussianProtocol.trueMutualInformation(rho));
    }
    XYSeries truth = chart.addSeries("true MI", xs, ys);
    truth.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    truth.setMarker(SeriesMarkers.NONE);
    truth.setLineColor(Color.BLACK);
    truth.setLineStyle(new BasicStroke(1.6f));
    // Not dodged: on the steep ends of the curve a sideways shift would look like an error.
    addRuns(chart, false, 0.0);
    return chart;
  }

  /** The errors against rho, around zero. */
  XYChart errors() {
    XYChart chart =
        chart(
            "Error: estimate - true MI (above 0: over-estimate; the estimators side by side at"
                + " each rho)",
            "estimate - true MI (nats)");
    double maxRho = results.protocol().rhos().stream().mapToDouble(Math::abs).max().orElse(0.99);
    double margin = spacing() * results.estimators().size();
    XYSeries zero =
        chart.addSeries(
            "exact", new double[] {-maxRho - margin, maxRho + margin}, new double[] {0, 0});
    zero.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    zero.setMarker(SeriesMarkers.NONE);
    zero.setLineColor(Color.BLACK);
    zero.setLineStyle(new BasicStroke(1.2f));
    addRuns(chart, true, spacing());
    return chart;
  }

  private XYChart chart(String title, String yTitle) {
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(PANEL_HEIGHT)
            .title(title)
            .xAxisTitle("rho")
            .yAxisTitle(yTitle)
            .build();
    XYStyler styler = chart.getStyler();
    styler.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setLegendBorderColor(Color.LIGHT_GRAY);
    styler.setMarkerSize(8);
    styler.setXAxisDecimalPattern("0.0#");
    styler.setYAxisDecimalPattern("0.00");
    return chart;
  }

  /** One marker series per estimator, dodged at each rho, and one bar per run's interval. */
  private void addRuns(XYChart chart, boolean asErrors, double spacing) {
    List<String> names = results.estimators();
    for (int e = 0; e < names.size(); e++) {
      String name = names.get(e);
      Color color = PALETTE[e % PALETTE.length];
      double offset = (e - (names.size() - 1) / 2.0) * spacing;
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      int bar = 0;
      for (GaussianRun run : results.runsOf(name)) {
        if (run.diverged()) {
          continue;
        }
        double shift = asErrors ? run.trueMi() : 0;
        double x = run.rho() + offset;
        xs.add(x);
        ys.add(run.estimate().getAsDouble() - shift);
        if (Double.isFinite(run.ciLow()) && Double.isFinite(run.ciHigh())) {
          XYSeries interval =
              chart.addSeries(
                  name + " interval " + bar++,
                  new double[] {x, x},
                  new double[] {run.ciLow() - shift, run.ciHigh() - shift});
          interval.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
          interval.setMarker(SeriesMarkers.NONE);
          interval.setLineColor(color);
          interval.setLineStyle(new BasicStroke(1.2f));
          interval.setShowInLegend(false);
        }
      }
      if (xs.isEmpty()) {
        continue;
      }
      XYSeries series = chart.addSeries(name, xs, ys);
      series.setMarker(SeriesMarkers.CIRCLE);
      series.setMarkerColor(color);
    }
  }

  /** Half the gap between neighbouring rhos, split among the estimators. */
  private double spacing() {
    List<Double> rhos = results.protocol().rhos();
    double gap = rhos.size() > 1 ? Math.abs(rhos.get(1) - rhos.get(0)) : 0.1;
    return 0.5 * gap / Math.max(1, results.estimators().size());
  }

  private String divergedNote() {
    long diverged = results.runs().stream().filter(GaussianRun::diverged).count();
    return diverged == 0 ? "" : "; " + diverged + " diverged runs not shown";
  }
}
