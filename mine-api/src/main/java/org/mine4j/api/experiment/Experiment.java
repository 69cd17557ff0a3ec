package org.mine4j.api.experiment;

import java.nio.file.Path;

/**
 * A reproducible study (a paper's figure or table) that writes its results (CSV, JSON, plots) under
 * an output directory and returns what it wrote. Made by an {@link
 * org.mine4j.api.spi.ExperimentFactory}.
 */
public interface Experiment {
  /** The registered name. */
  String name();

  /** Runs it with a master seed, writing under {@code outputDirectory}. */
  ExperimentReport run(long seed, Path outputDirectory);
}
