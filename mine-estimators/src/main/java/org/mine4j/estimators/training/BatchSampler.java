package org.mine4j.estimators.training;

import java.util.SplittableRandom;

/**
 * Minibatch row indices drawn without replacement within an epoch: the rows are shuffled with a
 * seeded generator, cut into consecutive batches, and reshuffled when fewer than K rows remain.
 */
final class BatchSampler {
  private final int[] order;
  private final int batchSize;
  private final SplittableRandom random;
  private int next;

  BatchSampler(int rows, int batchSize, SplittableRandom random) {
    if (batchSize > rows) {
      throw new IllegalArgumentException(
          "batch size " + batchSize + " exceeds the " + rows + " training rows");
    }
    this.order = new int[rows];
    for (int i = 0; i < rows; i++) {
      order[i] = i;
    }
    this.batchSize = batchSize;
    this.random = random;
    this.next = rows;
  }

  /** The next batch's row indices (a new array). */
  int[] nextBatch() {
    if (next + batchSize > order.length) {
      Permutations.shuffle(order, random);
      next = 0;
    }
    int[] batch = new int[batchSize];
    System.arraycopy(order, next, batch, 0, batchSize);
    next += batchSize;
    return batch;
  }
}
