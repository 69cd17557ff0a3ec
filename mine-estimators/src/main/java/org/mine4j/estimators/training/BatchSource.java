package org.mine4j.estimators.training;

import org.mine4j.api.data.Samples;

/**
 * Where training batches come from: minibatches of a fixed training set ({@link
 * #resampling(Samples, int, java.util.SplittableRandom)}), or fresh samples every step (the
 * staircase protocol of Song &amp; Ermon 2020, where the step number also sets the true MI).
 */
@FunctionalInterface
public interface BatchSource {
  /** The batch of K rows for training step {@code step} (1-based). */
  Samples next(long step);

  /** Shuffled minibatches of {@code train}, each row once per epoch. */
  static BatchSource resampling(Samples train, int batchSize, java.util.SplittableRandom random) {
    BatchSampler sampler = new BatchSampler(train.rows(), batchSize, random);
    return step -> train.select(sampler.nextBatch());
  }
}
