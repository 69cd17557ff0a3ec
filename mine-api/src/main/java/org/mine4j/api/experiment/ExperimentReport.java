package org.mine4j.api.experiment;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an {@link Experiment} produced: its headline metrics and the files it wrote.
 *
 * @param metrics named figures (e.g. {@code mine.mean-absolute-error})
 * @param files the files written
 */
public record ExperimentReport(Map<String, Double> metrics, List<Path> files) {
  public ExperimentReport {
    metrics = Map.copyOf(metrics);
    files = List.copyOf(files);
  }
}
