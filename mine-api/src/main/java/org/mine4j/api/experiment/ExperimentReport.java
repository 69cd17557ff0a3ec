package org.mine4j.api.experiment;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an {@link Experiment} produced: its headline metrics, the files it wrote and a plain-text
 * table of its results for a terminal.
 *
 * @param metrics named figures (e.g. {@code mine.mean-absolute-error})
 * @param files the files written
 * @param table the results as a plain-text table, lines ending in a newline; empty if it has none
 */
public record ExperimentReport(Map<String, Double> metrics, List<Path> files, String table) {
  public ExperimentReport {
    metrics = Map.copyOf(metrics);
    files = List.copyOf(files);
    requireNonNull(table, "table is null");
  }

  /** A report without a table. */
  public ExperimentReport(Map<String, Double> metrics, List<Path> files) {
    this(metrics, files, "");
  }
}
