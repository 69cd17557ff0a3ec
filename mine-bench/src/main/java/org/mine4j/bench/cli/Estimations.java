package org.mine4j.bench.cli;

import java.nio.file.Path;
import java.util.Map;
import org.mine4j.api.Estimator;
import org.mine4j.api.data.Samples;
import org.mine4j.bench.plugins.Components;
import org.mine4j.datasets.csv.CsvSamples;

/**
 * The steps {@code estimate} and {@code bmi} share: make the estimator (first, to fail fast), read
 * the file.
 */
final class Estimations {
  private Estimations() {}

  /**
   * The named estimator with options; UNKNOWN_COMPONENT or INVALID_OPTIONS errors name the problem.
   */
  static Estimator estimator(Components components, String name, Map<String, String> options) {
    return components.estimator(name).create(Map.copyOf(options), components);
  }

  /**
   * The file's rows, in file order ({@link CsvSamples}: optional header, a dimension of 0 is
   * inferred); INVALID_DATA errors name the file, line and column.
   */
  static Samples read(Path file, int dimX, int dimY) {
    return CsvSamples.read(file, dimX, dimY);
  }
}
