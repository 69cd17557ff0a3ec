package org.mine4j.api;

/** Receives per-step training status; how library code reports progress instead of printing. */
@FunctionalInterface
public interface TrainingListener {
  /** Ignores everything. */
  TrainingListener NONE = status -> {};

  /** Called after each training step, on the training thread; must be fast. */
  void onStep(TrainingStatus status);
}
