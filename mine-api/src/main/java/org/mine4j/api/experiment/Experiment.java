package org.mine4j.api.experiment;

/**
 * A reproducible study (a paper's figure or table) that writes its results (CSV, JSON, plots) under
 * the context's output directory and returns what it wrote. Made by an {@link
 * org.mine4j.api.spi.ExperimentFactory} from validated options; it looks up the components it uses
 * (estimators, datasets, networks) in {@link ExperimentContext#components()}, and should resolve
 * them all before its first run so that a bad name fails before anything is written.
 */
public interface Experiment {
  /** The registered name. */
  String name();

  /** Runs it: deterministic under {@link ExperimentContext#seed()}. */
  ExperimentReport run(ExperimentContext context);
}
