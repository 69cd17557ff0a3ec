package org.mine4j.bench.perf;

/** One timed training step of {@link StepBenchmark}: sample, forward, loss, backward, Adam. */
interface TrainingStep {
  /** Runs one step. */
  void step();

  /** The loss of the last step. */
  double lastLoss();
}
