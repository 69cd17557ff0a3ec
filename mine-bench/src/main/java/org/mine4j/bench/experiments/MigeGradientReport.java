package org.mine4j.bench.experiments;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mine4j.api.experiment.ExperimentReport;
import org.mine4j.api.experiment.ResultFiles;
import org.mine4j.bench.results.Csv;

/**
 * The results of {@code mige-gradient}: a CSV (one row per gradient), a plot per d, a text table
 * (per d and source: the mean absolute error of dI/dρ beside the MIGE authors' figure from their
 * own result files, the mean |true gradient| and the median seconds per gradient) and the metrics
 * {@code ESTIMATOR.dD.mean-absolute-error} and {@code ESTIMATOR.dD.median-seconds}.
 */
final class MigeGradientReport {
  static final String CSV_HEADER =
      "repeat,dim,rho,estimator,gradient,true_gradient,abs_error,seconds";

  /**
   * Mean absolute errors computed from the MIGE authors' result files (one line each: 32 ρ for
   * MIGE, 30 for MINE and MINE-f, in [−0.8, 0.8]), by d = 8, 16, 32.
   */
  private static final Map<String, Map<Integer, Double>> REFERENCE =
      Map.of(
          "mige", Map.of(8, 0.33, 16, 1.20, 32, 5.50),
          "mine", Map.of(8, 0.56, 16, 3.23, 32, 15.42),
          "nwj", Map.of(8, 1.55, 16, 5.36, 32, 17.29));

  private final MigeGradientOptions options;
  private final long seed;
  private final List<MigeGradientRow> rows;

  MigeGradientReport(MigeGradientOptions options, long seed, List<MigeGradientRow> rows) {
    this.options = requireNonNull(options, "options is null");
    this.seed = seed;
    this.rows = List.copyOf(rows);
  }

  ExperimentReport write(ResultFiles files, String name) {
    List<Path> written = new ArrayList<>();
    written.add(files.write(name + "/" + name + ".csv", csv().getBytes(StandardCharsets.UTF_8)));
    for (int dim : options.dims()) {
      byte[] png =
          Charts.png(
              MigeGradientPlot.chart(dim, options.n(), options.estimators(), rows),
              "mige-gradient plot");
      written.add(files.write(name + "/" + name + "-d" + dim + ".png", png));
    }
    return new ExperimentReport(metrics(), written, table());
  }

  String csv() {
    StringBuilder text = new StringBuilder(CSV_HEADER).append('\n');
    for (MigeGradientRow row : rows) {
      text.append(row.repeat())
          .append(',')
          .append(row.dim())
          .append(',')
          .append(Csv.number(row.rho()))
          .append(',')
          .append(Csv.quote(row.estimator()))
          .append(',')
          .append(Csv.number(row.gradient()))
          .append(',')
          .append(Csv.number(row.truth()))
          .append(',')
          .append(Csv.number(row.absoluteError()))
          .append(',')
          .append(String.format(Locale.ROOT, "%.3f", row.seconds()))
          .append('\n');
    }
    return text.toString();
  }

  Map<String, Double> metrics() {
    Map<String, Double> metrics = new LinkedHashMap<>();
    for (int dim : options.dims()) {
      for (String name : options.estimators()) {
        metrics.put(name + ".d" + dim + ".mean-absolute-error", meanAbsoluteError(dim, name));
        metrics.put(name + ".d" + dim + ".median-seconds", medianSeconds(dim, name));
      }
    }
    return metrics;
  }

  /** Over every repeat and ρ whose gradient is finite; NaN if none. */
  double meanAbsoluteError(int dim, String estimator) {
    return rows.stream()
        .filter(row -> row.dim() == dim && row.estimator().equals(estimator))
        .mapToDouble(MigeGradientRow::absoluteError)
        .filter(Double::isFinite)
        .average()
        .orElse(Double.NaN);
  }

  private long diverged(int dim, String estimator) {
    return rows.stream()
        .filter(row -> row.dim() == dim && row.estimator().equals(estimator))
        .filter(row -> Double.isNaN(row.gradient()))
        .count();
  }

  private double medianSeconds(int dim, String estimator) {
    double[] seconds =
        rows.stream()
            .filter(row -> row.dim() == dim && row.estimator().equals(estimator))
            .mapToDouble(MigeGradientRow::seconds)
            .sorted()
            .toArray();
    return seconds.length == 0 ? Double.NaN : seconds[seconds.length / 2];
  }

  String table() {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            "mige-gradient: dI/drho of correlated Gaussians, %d rho in [%.2f, %.2f], %d rows,"
                + " %d repeat(s), seed %d; critics: %d steps, Adam %s, separable %s-%d%n",
            options.rhos().size(),
            options.rhos().get(0),
            options.rhos().get(options.rhos().size() - 1),
            options.n(),
            options.repeats(),
            seed,
            options.steps(),
            options.learningRate(),
            options.hidden(),
            options.embedding()));
    text.append(
        String.format(
            Locale.ROOT,
            "%5s  %-14s  %9s  %13s  %11s  %9s%n",
            "d",
            "estimator",
            "MAE",
            "authors' MAE",
            "mean |true|",
            "s/grad"));
    for (int dim : options.dims()) {
      double meanTruth = meanAbsoluteTruth(dim);
      for (String name : options.estimators()) {
        double mae = meanAbsoluteError(dim, name);
        Double reference = REFERENCE.getOrDefault(name, Map.of()).get(dim);
        long diverged = diverged(dim, name);
        text.append(
            String.format(
                Locale.ROOT,
                "%5d  %-14s  %9s  %13s  %11.2f  %9.3f%s%n",
                dim,
                MigeGradientPlot.label(name),
                Double.isNaN(mae) ? "n/a" : String.format(Locale.ROOT, "%.3f", mae),
                reference == null ? "" : String.format(Locale.ROOT, "%.2f", reference),
                meanTruth,
                medianSeconds(dim, name),
                diverged == 0 ? "" : "  (" + diverged + " diverged)"));
      }
    }
    return text.toString();
  }

  private double meanAbsoluteTruth(int dim) {
    return options.rhos().stream()
        .mapToDouble(rho -> Math.abs(RhoGradient.exact(dim, rho)))
        .average()
        .orElse(Double.NaN);
  }
}
