package org.mine4j.bench.experiments;

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
 * The lower row of the MIGE paper's Figure 1 for one d: each source's dI/dρ against ρ (the first
 * repeat), and the exact d·ρ/(1 − ρ²) as a black line. A diverged critic leaves a gap.
 */
final class MigeGradientPlot {
  private static final int TRUTH_POINTS = 200;

  private MigeGradientPlot() {}

  static XYChart chart(int dim, int n, List<String> estimators, List<MigeGradientRow> rows) {
    XYChart chart =
        new XYChartBuilder()
            .width(800)
            .height(560)
            .title(
                String.format(
                    Locale.ROOT, "dI/drho, correlated Gaussians, d = %d, %d rows", dim, n))
            .xAxisTitle("rho")
            .yAxisTitle("gradient of I with respect to rho")
            .build();
    Styler styler = chart.getStyler();
    styler.setLegendPosition(Styler.LegendPosition.InsideNW);
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setLegendBorderColor(Color.LIGHT_GRAY);
    double maxRho = rows.stream().mapToDouble(row -> Math.abs(row.rho())).max().orElse(0.8);
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int i = 0; i <= TRUTH_POINTS; i++) {
      double rho = -maxRho + 2.0 * maxRho * i / TRUTH_POINTS;
      xs.add(rho);
      ys.add(RhoGradient.exact(dim, rho));
    }
    XYSeries truth = chart.addSeries("true gradient", xs, ys);
    truth.setMarker(SeriesMarkers.NONE);
    truth.setLineColor(Color.BLACK);
    truth.setLineStyle(new BasicStroke(2.2f));
    for (int e = 0; e < estimators.size(); e++) {
      String name = estimators.get(e);
      List<Double> rx = new ArrayList<>();
      List<Double> ry = new ArrayList<>();
      for (MigeGradientRow row : rows) {
        if (row.repeat() == 1 && row.dim() == dim && row.estimator().equals(name)) {
          rx.add(row.rho());
          ry.add(Double.isNaN(row.gradient()) ? null : row.gradient());
        }
      }
      XYSeries series = chart.addSeries(label(name), rx, ry);
      Color color = Charts.PALETTE[(e + 1) % Charts.PALETTE.length];
      series.setLineColor(color);
      series.setMarkerColor(color);
      series.setMarker(SeriesMarkers.CIRCLE);
      series.setLineStyle(new BasicStroke(1.6f));
    }
    return chart;
  }

  static String label(String estimator) {
    return switch (estimator) {
      case "mige" -> "MIGE";
      case "mine" -> "MINE";
      case "nwj" -> "MINE-f (nwj)";
      default -> estimator;
    };
  }
}
