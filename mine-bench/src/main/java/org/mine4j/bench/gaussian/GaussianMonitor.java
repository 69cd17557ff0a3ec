package org.mine4j.bench.gaussian;

import org.mine4j.api.TrainingListener;

/**
 * Watches a {@link GaussianBenchmark} from its worker threads: a listener for each run's training
 * steps (so progress can move during a run, not only between runs) and each finished run.
 * Implementations must be thread-safe and fast.
 */
public interface GaussianMonitor {
  /** The listener for the training steps of one run; none by default. */
  default TrainingListener listener(double rho, String estimator) {
    return TrainingListener.NONE;
  }

  /** A run finished, with an estimate or diverged. */
  void finished(GaussianRun run);
}
