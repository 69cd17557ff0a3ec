package org.mine4j.bench.staircase;

import java.util.ArrayList;
import java.util.List;

/**
 * Bias, variance and MSE of the per-step estimates over the last {@code window} steps of one
 * staircase level (SPEC §6, as in the SMILE authors' code): bias = mean − truth, variance the
 * population variance of the window, MSE = bias² + variance, the mean squared error of a per-step
 * estimate. Empty (NaN) when training diverged before the window ended.
 */
public record LevelStatistics(double trueMi, int window, double bias, double variance) {
  public double mse() {
    return bias * bias + variance;
  }

  public boolean available() {
    return !Double.isNaN(bias);
  }

  /** The statistics of every level of {@code run}. */
  public static List<LevelStatistics> of(StaircaseProtocol protocol, StaircaseRun run) {
    List<LevelStatistics> levels = new ArrayList<>();
    float[] estimates = run.estimates();
    for (int l = 0; l < protocol.levels().size(); l++) {
      double truth = protocol.levels().get(l);
      int end = (l + 1) * protocol.stepsPerLevel();
      int start = end - protocol.window();
      double sum = 0;
      boolean complete = end <= estimates.length;
      for (int s = start; complete && s < end; s++) {
        complete = Float.isFinite(estimates[s]);
        sum += estimates[s];
      }
      if (!complete) {
        levels.add(new LevelStatistics(truth, protocol.window(), Double.NaN, Double.NaN));
        continue;
      }
      double mean = sum / protocol.window();
      double squares = 0;
      for (int s = start; s < end; s++) {
        squares += (estimates[s] - mean) * (estimates[s] - mean);
      }
      levels.add(
          new LevelStatistics(truth, protocol.window(), mean - truth, squares / protocol.window()));
    }
    return List.copyOf(levels);
  }
}
