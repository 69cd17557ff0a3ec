package org.mine4j.estimators.training;

import java.nio.FloatBuffer;
import java.util.List;

/**
 * Early stopping on a validation split: keeps a copy of the model's parameters (critic and
 * baseline) with the best validation bound seen so far, counts evaluations without improvement, and
 * restores the best copy at the end. The test rows that the estimate is reported on never take part
 * in the choice, so the selection does not bias the estimate upwards.
 */
final class BestCheckpoint {
  private final List<FloatBuffer> parameters;
  private final float[][] best;
  private final int patience;
  private double bestValue = Double.NEGATIVE_INFINITY;
  private long bestStep;
  private int evaluationsWithoutImprovement;

  /**
   * @param parameters the live parameter buffers to copy from and restore into
   * @param patience evaluations without improvement before stopping (0: never stop early)
   */
  BestCheckpoint(List<FloatBuffer> parameters, int patience) {
    this.parameters = List.copyOf(parameters);
    this.best = new float[this.parameters.size()][];
    for (int p = 0; p < best.length; p++) {
      best[p] = new float[this.parameters.get(p).capacity()];
    }
    this.patience = patience;
  }

  /**
   * Records a validation value for the current parameters; returns whether training should stop.
   */
  boolean offer(double value, long step) {
    if (value > bestValue) {
      bestValue = value;
      bestStep = step;
      evaluationsWithoutImprovement = 0;
      for (int p = 0; p < best.length; p++) {
        parameters.get(p).get(0, best[p]);
      }
    } else {
      evaluationsWithoutImprovement++;
    }
    return patience > 0 && evaluationsWithoutImprovement >= patience;
  }

  /** Writes the best parameters back, if any evaluation was recorded. */
  void restore() {
    if (bestValue > Double.NEGATIVE_INFINITY) {
      for (int p = 0; p < best.length; p++) {
        parameters.get(p).put(0, best[p]);
      }
    }
  }

  /** The step whose parameters were best (0 if none was recorded). */
  long bestStep() {
    return bestStep;
  }
}
