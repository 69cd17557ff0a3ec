package org.mine4j.bench.experiments;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mine4j.api.experiment.ExperimentReport;
import org.mine4j.bench.results.AtomicFiles;
import org.mine4j.bench.results.Csv;

/**
 * The results of {@code nonlinear}: a CSV (one row per (f, σ)), the heat map, a text table (f, σ,
 * true MI, estimate, relative error) and the metrics {@code FUNCTION.mean-absolute-relative-error}
 * and {@code cells-within-10-percent}.
 */
final class NonlinearReport {
  static final String CSV_HEADER =
      "function,sigma,true_mi,estimator,estimate,relative_error,seconds";

  private final NonlinearExperimentOptions options;
  private final long seed;
  private final List<NonlinearRow> rows;

  NonlinearReport(NonlinearExperimentOptions options, long seed, List<NonlinearRow> rows) {
    this.options = requireNonNull(options, "options is null");
    this.seed = seed;
    this.rows = List.copyOf(rows);
  }

  ExperimentReport write(Path directory) {
    Path csv = directory.resolve("nonlinear.csv");
    AtomicFiles.write(csv, csv());
    Path png = directory.resolve("nonlinear.png");
    AtomicFiles.write(png, Charts.png(NonlinearHeatMap.chart(options, rows), "nonlinear heat map"));
    return new ExperimentReport(metrics(), List.of(csv, png), table());
  }

  String csv() {
    StringBuilder text = new StringBuilder(CSV_HEADER).append('\n');
    for (NonlinearRow row : rows) {
      text.append(Csv.quote(row.function()))
          .append(',')
          .append(Csv.number(row.sigma()))
          .append(',')
          .append(Csv.number(row.truth()))
          .append(',')
          .append(Csv.quote(options.estimator()))
          .append(',')
          .append(Csv.number(row.estimate()))
          .append(',')
          .append(Csv.number(row.relativeError()))
          .append(',')
          .append(String.format(Locale.ROOT, "%.3f", row.trial().seconds()))
          .append('\n');
    }
    return text.toString();
  }

  Map<String, Double> metrics() {
    Map<String, Double> metrics = new LinkedHashMap<>();
    for (String function : options.functions()) {
      metrics.put(
          function + ".mean-absolute-relative-error",
          rows.stream()
              .filter(row -> row.function().equals(function))
              .mapToDouble(row -> Math.abs(row.relativeError()))
              .filter(Double::isFinite)
              .average()
              .orElse(Double.NaN));
    }
    metrics.put(
        "cells-within-10-percent",
        (double) rows.stream().filter(row -> Math.abs(row.relativeError()) <= 0.10).count());
    metrics.put("cells", (double) rows.size());
    return metrics;
  }

  String table() {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            "nonlinear: Y = f(X) + sigma noise, d = %d, N = %d, estimator %s, seed %d%n",
            options.dim(),
            options.n(),
            options.estimator(),
            seed));
    text.append(
        String.format(
            Locale.ROOT,
            "%6s  %7s  %8s  %8s  %9s%n",
            "f",
            "sigma",
            "true MI",
            "estimate",
            "rel err"));
    for (NonlinearRow row : rows) {
      boolean diverged = row.trial().estimate().isEmpty();
      text.append(
          String.format(
              Locale.ROOT,
              "%6s  %7.3f  %8.4f  %8s  %9s%n",
              row.function(),
              row.sigma(),
              row.truth(),
              diverged ? "diverged" : String.format(Locale.ROOT, "%.4f", row.estimate()),
              diverged ? "" : String.format(Locale.ROOT, "%+.1f%%", 100 * row.relativeError())));
    }
    long within = rows.stream().filter(row -> Math.abs(row.relativeError()) <= 0.10).count();
    text.append(
        String.format(Locale.ROOT, "within 10%% of the truth: %d of %d%n", within, rows.size()));
    return text.toString();
  }
}
