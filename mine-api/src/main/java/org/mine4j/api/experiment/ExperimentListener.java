package org.mine4j.api.experiment;

/**
 * Where an experiment reports its progress: a line per finished unit of work with the count done
 * and the total, so that a caller can draw a progress bar with an ETA. Called from worker threads:
 * implementations must be thread-safe.
 */
@FunctionalInterface
public interface ExperimentListener {
  /** Ignores everything. */
  ExperimentListener NONE = (done, total, line) -> {};

  /**
   * @param done units finished so far (runs, epochs, seeds: the experiment's own unit)
   * @param total units in all, or 0 if unknown
   * @param line one human-readable line about the unit just finished
   */
  void progress(int done, int total, String line);
}
