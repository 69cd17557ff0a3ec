package org.mine4j.bench.sweep;

import static java.util.Objects.requireNonNull;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;

/**
 * The two figures of a sweep's report, drawn headless with XChart: the mean estimate against the
 * true MI per estimator (one point per task and n, error bars the 95% Student-t interval of the
 * mean, the diagonal y = x in black), and a bar per estimator of its mean |log2(estimate/truth)|,
 * the bmi benchmark's score (Czyż et al. 2023) taken as a magnitude so that over- and
 * under-estimation both count as error.
 */
final class SweepPlots {
  /** Matplotlib's tab10, as in the other benchmark plots. */
  private static final Color[] PALETTE = {
    new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
    new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
    new Color(0xbcbd22), new Color(0x17becf)
  };

  static final String DIAGONAL = "y = x (exact)";

  private SweepPlots() {}

  /** Mean estimate vs true MI, one scatter series per estimator with 95% error bars. */
  static XYChart estimateVsTruth(SweepSummary summary) {
    requireNonNull(summary, "summary is null");
    XYChart chart =
        new XYChartBuilder()
            .width(900)
            .height(640)
            .title("Mean estimate vs true MI (error bars: 95% interval of the mean)")
            .xAxisTitle("true MI (nats)")
            .yAxisTitle("mean estimate (nats)")
            .build();
    XYStyler styler = chart.getStyler();
    styler.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    styler.setLegendPosition(Styler.LegendPosition.InsideNW);
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setLegendBorderColor(Color.LIGHT_GRAY);
    styler.setErrorBarsColorSeriesColor(true);
    styler.setMarkerSize(9);
    styler.setXAxisDecimalPattern("0.0#");
    styler.setYAxisDecimalPattern("0.0#");

    // The axes follow the truths, so that one wild estimate (a DV bound on heavy tails can be far
    // below zero) does not squash every other point into a corner; means beyond them are counted
    // in the title and stay in the table.
    double maxTruth = 0;
    double minTruth = 0;
    for (Aggregate a : summary.aggregates()) {
      if (Double.isFinite(a.truth())) {
        maxTruth = Math.max(maxTruth, a.truth());
        minTruth = Math.min(minTruth, a.truth());
      }
    }
    double floor = minTruth - Math.max(0.5, 0.5 * maxTruth);
    double ceiling = Math.max(2 * maxTruth, maxTruth + 0.5);
    double low = minTruth;
    double high = maxTruth;
    int offAxes = 0;
    int colour = 0;
    for (Map.Entry<String, List<Aggregate>> entry : byEstimator(summary).entrySet()) {
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      List<Double> errors = new ArrayList<>();
      for (Aggregate a : entry.getValue()) {
        if (!Double.isFinite(a.truth()) || !Double.isFinite(a.mean())) {
          continue;
        }
        if (a.mean() < floor || a.mean() > ceiling) {
          offAxes++;
          continue;
        }
        double half = a.ciHigh() - a.mean();
        double error = Double.isFinite(half) ? half : 0.0;
        xs.add(a.truth());
        ys.add(a.mean());
        errors.add(error);
        high = Math.max(high, Math.min(ceiling, a.mean() + error));
        low = Math.min(low, Math.max(floor, a.mean() - error));
      }
      Color color = PALETTE[colour++ % PALETTE.length];
      if (xs.isEmpty()) {
        continue;
      }
      XYSeries series = chart.addSeries(seriesName(entry.getKey()), xs, ys, errors);
      series.setMarkerColor(color);
      series.setLineColor(color);
      series.setMarker(SeriesMarkers.CIRCLE);
    }
    if (offAxes > 0) {
      chart.setTitle(
          chart.getTitle()
              + "; "
              + offAxes
              + (offAxes == 1 ? " mean" : " means")
              + " off the axes, see the table");
    }
    double top = high > 0 ? high * 1.05 : 1.0;
    XYSeries diagonal = chart.addSeries(DIAGONAL, new double[] {low, top}, new double[] {low, top});
    diagonal.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    diagonal.setMarker(SeriesMarkers.NONE);
    diagonal.setLineColor(Color.BLACK);
    diagonal.setLineStyle(new BasicStroke(1.5f));
    styler.setXAxisMin(low);
    styler.setXAxisMax(top);
    styler.setYAxisMin(low);
    styler.setYAxisMax(top);
    return chart;
  }

  /** A bar per ranked estimator: its mean |log2(estimate/truth)| over the scored cells. */
  static CategoryChart errorByEstimator(List<SweepReport.Rank> ranking) {
    requireNonNull(ranking, "ranking is null");
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(900)
            .height(520)
            .title("Error by estimator: mean over tasks and n of |mean log2(estimate / truth)|")
            .xAxisTitle("estimator")
            .yAxisTitle("mean |log2 ratio| (lower is better)")
            .build();
    CategoryStyler styler = chart.getStyler();
    styler.setLegendVisible(false);
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setLabelsVisible(true);
    // White on the bar (black on a short, light one), just below its top.
    styler.setLabelsFontColorAutomaticEnabled(true);
    styler.setLabelsPosition(0.95);
    styler.setLabelsFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 13));
    styler.setYAxisDecimalPattern("0.00");
    styler.setYAxisMin(0.0);
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (SweepReport.Rank rank : ranking) {
      if (rank.cells() > 0) {
        names.add(rank.estimator());
        values.add(rank.meanAbsLog2Ratio());
      }
    }
    if (names.isEmpty()) {
      names.add("no scored runs");
      values.add(0.0);
    }
    if (names.size() > 5) {
      styler.setXAxisLabelRotation(30);
    }
    chart.addSeries("mean |log2 ratio|", names, values).setFillColor(PALETTE[0]);
    return chart;
  }

  /**
   * The chart as PNG bytes.
   *
   * @throws MineException IO_FAILURE when it cannot be drawn (e.g. no fonts), naming the fix
   */
  static byte[] png(Chart<?, ?> chart, String what) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException | RuntimeException | Error e) {
      throw new MineException(
          ErrorCode.IO_FAILURE,
          "cannot render the "
              + what
              + ": "
              + e
              + "; a headless JVM needs fonts (Debian: apt-get install fontconfig fonts-dejavu-core)",
          e);
    }
  }

  private static Map<String, List<Aggregate>> byEstimator(SweepSummary summary) {
    Map<String, List<Aggregate>> groups = new LinkedHashMap<>();
    for (Aggregate a : summary.aggregates()) {
      groups.computeIfAbsent(a.estimator(), k -> new ArrayList<>()).add(a);
    }
    return groups;
  }

  /** XChart needs distinct series names; an estimator cannot take the diagonal's. */
  private static String seriesName(String estimator) {
    return DIAGONAL.equals(estimator) ? estimator + " (estimator)" : estimator;
  }
}
