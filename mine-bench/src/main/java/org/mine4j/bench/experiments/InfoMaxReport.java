package org.mine4j.bench.experiments;

import static java.util.Objects.requireNonNull;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mine4j.api.experiment.ExperimentReport;
import org.mine4j.api.experiment.ResultFiles;
import org.mine4j.bench.results.Csv;

/**
 * The results of {@code infomax}: a CSV (per source and recorded step: the alignment; the probe
 * accuracy at step 0 and at the last step; the median ms per step), a plot of the alignment against
 * the step, a table and the metrics {@code ESTIMATOR.probe-accuracy}, {@code
 * ESTIMATOR.initial-probe-accuracy}, {@code ESTIMATOR.alignment} and {@code ESTIMATOR.ms-per-step}.
 */
final class InfoMaxReport {
  static final String CSV_HEADER = "estimator,step,alignment,probe_accuracy,ms_per_step";

  private final InfoMaxOptions options;
  private final long seed;
  private final List<InfoMaxExperiment.Run> runs;

  InfoMaxReport(InfoMaxOptions options, long seed, List<InfoMaxExperiment.Run> runs) {
    this.options = requireNonNull(options, "options is null");
    this.seed = seed;
    this.runs = List.copyOf(runs);
  }

  ExperimentReport write(ResultFiles files, String name) {
    List<Path> written = new ArrayList<>();
    written.add(files.write(name + "/" + name + ".csv", csv().getBytes(StandardCharsets.UTF_8)));
    written.add(files.write(name + "/" + name + ".png", Charts.png(chart(), "infomax plot")));
    return new ExperimentReport(metrics(), written, table());
  }

  String csv() {
    StringBuilder text = new StringBuilder(CSV_HEADER).append('\n');
    for (InfoMaxExperiment.Run run : runs) {
      for (double[] point : run.trace()) {
        int step = (int) point[0];
        double accuracy =
            step == 0
                ? run.initialAccuracy()
                : step == options.steps() ? run.accuracy() : Double.NaN;
        text.append(Csv.quote(run.estimator()))
            .append(',')
            .append(step)
            .append(',')
            .append(Csv.number(point[1]))
            .append(',')
            .append(Csv.number(accuracy))
            .append(',')
            .append(String.format(Locale.ROOT, "%.3f", run.millisPerStep()))
            .append('\n');
      }
    }
    return text.toString();
  }

  Map<String, Double> metrics() {
    Map<String, Double> metrics = new LinkedHashMap<>();
    for (InfoMaxExperiment.Run run : runs) {
      metrics.put(run.estimator() + ".initial-probe-accuracy", run.initialAccuracy());
      metrics.put(run.estimator() + ".probe-accuracy", run.accuracy());
      metrics.put(run.estimator() + ".alignment", run.alignment());
      metrics.put(run.estimator() + ".ms-per-step", run.millisPerStep());
    }
    return metrics;
  }

  String table() {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            "infomax: linear encoder R^%d -> R^2 maximising I(x; Wx + %.2f e), 4-Gaussian mixture,"
                + " %d steps of %d rows, seed %d%n",
            options.dim(),
            options.noise(),
            options.steps(),
            options.batch(),
            seed));
    text.append(
        String.format(
            Locale.ROOT,
            "%-10s  %14s  %14s  %9s  %9s%n",
            "estimator",
            "probe before",
            "probe after",
            "alignment",
            "ms/step"));
    for (InfoMaxExperiment.Run run : runs) {
      text.append(
          String.format(
              Locale.ROOT,
              "%-10s  %13.1f%%  %13.1f%%  %9.3f  %9.1f%n",
              run.estimator(),
              100 * run.initialAccuracy(),
              100 * run.accuracy(),
              run.alignment(),
              run.millisPerStep()));
    }
    text.append("alignment: share of W on the two cluster coordinates (1 = the InfoMax optimum)\n");
    return text.toString();
  }

  XYChart chart() {
    XYChart chart =
        new XYChartBuilder()
            .width(800)
            .height(500)
            .title(
                String.format(
                    Locale.ROOT,
                    "InfoMax: alignment of a linear encoder R^%d -> R^2 with the clusters",
                    options.dim()))
            .xAxisTitle("encoder step")
            .yAxisTitle("share of W on the cluster coordinates")
            .build();
    Styler styler = chart.getStyler();
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setLegendBorderColor(Color.LIGHT_GRAY);
    for (int r = 0; r < runs.size(); r++) {
      InfoMaxExperiment.Run run = runs.get(r);
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      run.trace()
          .forEach(
              p -> {
                xs.add(p[0]);
                ys.add(p[1]);
              });
      XYSeries series = chart.addSeries(run.estimator(), xs, ys);
      Color color = Charts.PALETTE[(r + 1) % Charts.PALETTE.length];
      series.setLineColor(color);
      series.setMarkerColor(color);
      series.setMarker(SeriesMarkers.CIRCLE);
      series.setLineStyle(new BasicStroke(1.8f));
    }
    return chart;
  }
}
