package org.mine4j.bench.experiments;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;

/**
 * The relative error of each (f, σ) cell as a heat map, annotated with its value in percent: blue
 * below the truth, red above, white on it; the colour scale is symmetric, at least ±20% and rounded
 * up to a multiple of 10%, and its bar is titled with its unit. One seed per cell (the experiment
 * runs one estimate each), as the title says. A diverged estimate leaves its cell empty.
 */
final class NonlinearHeatMap {
  static final int HEIGHT = 420;

  private NonlinearHeatMap() {}

  static HeatMapChart chart(NonlinearExperimentOptions options, List<NonlinearRow> rows) {
    List<String> sigmas = new ArrayList<>();
    options.sigmas().forEach(sigma -> sigmas.add(String.format(Locale.ROOT, "%s", sigma)));
    List<String> functions = new ArrayList<>();
    options.functions().forEach(function -> functions.add(label(function)));
    List<Number[]> cells = new ArrayList<>();
    double extent = 20.0;
    for (NonlinearRow row : rows) {
      double percent = 100.0 * row.relativeError();
      if (Double.isFinite(percent)) {
        cells.add(
            new Number[] {
              options.sigmas().indexOf(row.sigma()),
              options.functions().indexOf(row.function()),
              oneDecimal(percent)
            });
        extent = Math.max(extent, Math.abs(percent));
      }
    }
    // Round ticks on the colour bar: its ends are ±extent.
    extent = 10 * Math.ceil(extent / 10);
    HeatMapChart chart =
        new HeatMapChartBuilder()
            .width(900)
            .height(HEIGHT)
            .title(
                String.format(
                    Locale.ROOT,
                    "Relative error %% of %s, Y = f(X) + sigma noise, d = %d, N = %d, one seed per"
                        + " cell",
                    options.estimator(),
                    options.dim(),
                    options.n()))
            .xAxisTitle("sigma")
            .yAxisTitle("f")
            .build();
    HeatMapStyler styler = chart.getStyler();
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
    styler.setShowValue(true);
    styler.setHeatMapValueDecimalPattern("+0.0;-0.0");
    styler.setValueFontColor(Color.BLACK);
    styler.setDrawBorder(true);
    styler.setMin(-extent);
    styler.setMax(extent);
    styler.setRangeColors(
        new Color[] {new Color(0x2166ac), new Color(0xf7f7f7), new Color(0xb2182b)});
    chart.addSeries("relative error %", sigmas, functions, cells);
    // The colour bar's title, above the legend; XChart's screen y counts up from the bottom.
    chart.addAnnotation(new AnnotationText("relative error (%)", 805, HEIGHT - 66, true));
    return chart;
  }

  /** Rounded to one decimal, as printed; a value that rounds to zero is +0.0, never -0.0. */
  static double oneDecimal(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    return rounded == 0 ? 0.0 : rounded;
  }

  private static String label(String function) {
    return switch (function) {
      case "cube" -> "x^3";
      case "sin" -> "sin x";
      default -> function;
    };
  }
}
