package org.mine4j.estimators.training;

import java.util.Optional;
import org.mine4j.api.bound.Negatives;

/**
 * How the one training loop runs: step budget, batch size K, Adam learning rate, how often to
 * evaluate the bound on the validation rows (0: never), how many evaluations without improvement
 * end training (0: never early), and the negatives (empty: the bound's default).
 */
public record TrainingOptions(
    int steps,
    int batchSize,
    double learningRate,
    int evalEvery,
    int patience,
    Optional<Negatives> negatives) {
  public TrainingOptions {
    if (steps <= 0) {
      throw new IllegalArgumentException("steps must be positive, found " + steps);
    }
    if (batchSize < 2) {
      throw new IllegalArgumentException("batch-size must be at least 2, found " + batchSize);
    }
    if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
      throw new IllegalArgumentException("learning-rate must be positive, found " + learningRate);
    }
    if (evalEvery < 0) {
      throw new IllegalArgumentException("eval-every must be >= 0, found " + evalEvery);
    }
    if (patience < 0) {
      throw new IllegalArgumentException("patience must be >= 0, found " + patience);
    }
    java.util.Objects.requireNonNull(negatives, "negatives is null");
  }

  /** A copy with another batch size. */
  public TrainingOptions withBatchSize(int newBatchSize) {
    return new TrainingOptions(steps, newBatchSize, learningRate, evalEvery, patience, negatives);
  }
}
