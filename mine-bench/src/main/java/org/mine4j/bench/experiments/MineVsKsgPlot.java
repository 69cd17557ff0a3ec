package org.mine4j.bench.experiments;

import static java.util.Objects.requireNonNull;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Figure 1 of Belghazi et al. (2018) for one dimension: the estimates against ρ, one colour of
 * markers per estimator (not joined: the points are sparse, and a straight line between them beside
 * the true curve would read as a second curve), and the exact −(d/2) ln(1 − ρ²) as a smooth black
 * line. One seed per point, as the title says. A diverged estimate has no marker.
 */
final class MineVsKsgPlot {
  private static final int TRUTH_POINTS = 200;

  private MineVsKsgPlot() {}

  static XYChart chart(int dim, int n, List<String> estimators, List<MineVsKsgRow> rows) {
    requireNonNull(rows, "rows is null");
    XYChart chart =
        new XYChartBuilder()
            .width(900)
            .height(600)
            .title(
                String.format(
                    Locale.ROOT,
                    "Correlated Gaussians, d = %d (X and Y each), N = %d, one seed per point",
                    dim,
                    n))
            .xAxisTitle("rho")
            .yAxisTitle("mutual information (nats)")
            .build();
    Styler styler = chart.getStyler();
    styler.setLegendPosition(Styler.LegendPosition.InsideN);
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setLegendBorderColor(Color.LIGHT_GRAY);
    styler.setMarkerSize(8);
    double maxRho = rows.stream().mapToDouble(row -> Math.abs(row.rho())).max().orElse(0.5);
    addTruth(chart, dim, maxRho);
    for (int e = 0; e < estimators.size(); e++) {
      String name = estimators.get(e);
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (MineVsKsgRow row : rows) {
        if (row.dim() == dim
            && row.estimator().equals(name)
            && row.trial().estimate().isPresent()) {
          xs.add(row.rho());
          ys.add(row.estimate());
        }
      }
      if (xs.isEmpty()) {
        continue;
      }
      XYSeries series = chart.addSeries(name, xs, ys);
      series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      Color color = Charts.PALETTE[e % Charts.PALETTE.length];
      series.setMarkerColor(color);
      series.setMarker(SeriesMarkers.CIRCLE);
    }
    return chart;
  }

  private static void addTruth(XYChart chart, int dim, double maxRho) {
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int i = 0; i <= TRUTH_POINTS; i++) {
      double rho = -maxRho + 2.0 * maxRho * i / TRUTH_POINTS;
      xs.add(rho);
      ys.add(MineVsKsgOptions.trueMutualInformation(dim, rho));
    }
    XYSeries truth = chart.addSeries("true MI", xs, ys);
    truth.setMarker(SeriesMarkers.NONE);
    truth.setLineColor(Color.BLACK);
    truth.setLineStyle(new BasicStroke(2.2f));
  }
}
