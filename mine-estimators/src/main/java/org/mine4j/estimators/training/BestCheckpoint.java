package org.mine4j.estimators.training;

import java.nio.FloatBuffer;

/**
 * Early stopping on a validation split: keeps a copy of the critic parameters with the best
 * validation bound seen so far, counts evaluations without improvement, and restores the best copy
 * at the end. The test rows that the estimate is reported on never take part in the choice, so the
 * selection does not bias the estimate upwards.
 */
final class BestCheckpoint {
  private final float[] best;
  private final int patience;
  private double bestValue = Double.NEGATIVE_INFINITY;
  private long bestStep;
  private int evaluationsWithoutImprovement;

  /**
   * @param patience evaluations without improvement before stopping (0: never stop early)
   */
  BestCheckpoint(int parameterCount, int patience) {
    this.best = new float[parameterCount];
    this.patience = patience;
  }

  /**
   * Records a validation value for the current parameters; returns whether training should stop.
   */
  boolean offer(double value, long step, FloatBuffer parameters) {
    if (value > bestValue) {
      bestValue = value;
      bestStep = step;
      evaluationsWithoutImprovement = 0;
      parameters.get(0, best);
    } else {
      evaluationsWithoutImprovement++;
    }
    return patience > 0 && evaluationsWithoutImprovement >= patience;
  }

  /** Writes the best parameters back, if any evaluation was recorded. */
  void restore(FloatBuffer parameters) {
    if (bestValue > Double.NEGATIVE_INFINITY) {
      parameters.put(0, best);
    }
  }

  /** The step whose parameters were best (0 if none was recorded). */
  long bestStep() {
    return bestStep;
  }
}
