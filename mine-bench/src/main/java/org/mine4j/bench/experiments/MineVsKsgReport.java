package org.mine4j.bench.experiments;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mine4j.api.experiment.ExperimentReport;
import org.mine4j.bench.results.AtomicFiles;
import org.mine4j.bench.results.Csv;

/**
 * The results of {@code mine-vs-ksg}: a CSV (one row per estimate), one plot per dimension, a text
 * table (per dimension: ρ, true MI, each estimator's estimate, and the mean absolute error) and the
 * metrics {@code ESTIMATOR.dD.mean-absolute-error}.
 */
final class MineVsKsgReport {
  static final String CSV_HEADER = "dim,rho,true_mi,estimator,estimate,abs_error,seconds";

  private final MineVsKsgOptions options;
  private final long seed;
  private final List<MineVsKsgRow> rows;

  MineVsKsgReport(MineVsKsgOptions options, long seed, List<MineVsKsgRow> rows) {
    this.options = requireNonNull(options, "options is null");
    this.seed = seed;
    this.rows = List.copyOf(rows);
  }

  /** Writes the CSV and the plots into {@code directory}; the report lists them. */
  ExperimentReport write(Path directory) {
    List<Path> files = new ArrayList<>();
    Path csv = directory.resolve("mine-vs-ksg.csv");
    AtomicFiles.write(csv, csv());
    files.add(csv);
    for (int dim : options.dims()) {
      Path png = directory.resolve("mine-vs-ksg-d" + dim + ".png");
      AtomicFiles.write(
          png,
          Charts.png(
              MineVsKsgPlot.chart(dim, options.n(), options.estimators(), rows),
              "mine-vs-ksg plot"));
      files.add(png);
    }
    return new ExperimentReport(metrics(), files, table());
  }

  String csv() {
    StringBuilder text = new StringBuilder(CSV_HEADER).append('\n');
    for (MineVsKsgRow row : rows) {
      text.append(row.dim())
          .append(',')
          .append(Csv.number(row.rho()))
          .append(',')
          .append(Csv.number(row.truth()))
          .append(',')
          .append(Csv.quote(row.estimator()))
          .append(',')
          .append(Csv.number(row.estimate()))
          .append(',')
          .append(Csv.number(row.absoluteError()))
          .append(',')
          .append(String.format(Locale.ROOT, "%.3f", row.trial().seconds()))
          .append('\n');
    }
    return text.toString();
  }

  Map<String, Double> metrics() {
    Map<String, Double> metrics = new LinkedHashMap<>();
    for (int dim : options.dims()) {
      for (String name : options.estimators()) {
        metrics.put(name + ".d" + dim + ".mean-absolute-error", meanAbsoluteError(dim, name));
      }
    }
    return metrics;
  }

  /** Over the estimates that did not diverge; NaN if none. */
  double meanAbsoluteError(int dim, String estimator) {
    return rows.stream()
        .filter(row -> row.dim() == dim && row.estimator().equals(estimator))
        .mapToDouble(MineVsKsgRow::absoluteError)
        .filter(Double::isFinite)
        .average()
        .orElse(Double.NaN);
  }

  String table() {
    List<String> names = options.estimators();
    int width = Math.max(9, names.stream().mapToInt(String::length).max().orElse(0));
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            "mine-vs-ksg: correlated Gaussians, N = %d, seed %d (estimates in nats)%n",
            options.n(),
            seed));
    for (int dim : options.dims()) {
      text.append(String.format(Locale.ROOT, "%nd = %d%n%7s  %8s", dim, "rho", "true MI"));
      names.forEach(name -> text.append(String.format(Locale.ROOT, "  %" + width + "s", name)));
      text.append('\n');
      for (double rho : options.rhos()) {
        text.append(
            String.format(
                Locale.ROOT,
                "%7.3f  %8.4f",
                rho,
                MineVsKsgOptions.trueMutualInformation(dim, rho)));
        for (String name : names) {
          text.append(String.format(Locale.ROOT, "  %" + width + "s", cell(dim, rho, name)));
        }
        text.append('\n');
      }
      text.append(String.format(Locale.ROOT, "%7s  %8s", "MAE", ""));
      for (String name : names) {
        double mae = meanAbsoluteError(dim, name);
        text.append(
            String.format(
                Locale.ROOT,
                "  %" + width + "s",
                Double.isNaN(mae) ? "n/a" : String.format(Locale.ROOT, "%.4f", mae)));
      }
      text.append('\n');
    }
    return text.toString();
  }

  private String cell(int dim, double rho, String estimator) {
    for (MineVsKsgRow row : rows) {
      if (row.dim() == dim && row.rho() == rho && row.estimator().equals(estimator)) {
        return row.trial().estimate().isPresent()
            ? String.format(Locale.ROOT, "%.4f", row.estimate())
            : "diverged";
      }
    }
    return "";
  }
}
