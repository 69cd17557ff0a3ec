package org.mine4j.datasets.internal;

import java.util.SplittableRandom;

/**
 * Row indices 0 to n−1 of a finite dataset in a seeded random order: a Fisher–Yates shuffle of all
 * rows, handed out in turn; when a pass is used up the order is reshuffled (with the same random
 * stream) and the next pass begins, so within a pass every row appears exactly once. The same seed
 * gives the same sequence. Not thread-safe.
 */
public final class ShuffledOrder {
  private final SplittableRandom random;
  private final int[] order;
  private int position;

  /**
   * @param rows the number of rows, at least one
   * @param seed the seed of the shuffles
   */
  public ShuffledOrder(int rows, long seed) {
    if (rows <= 0) {
      throw new IllegalArgumentException("cannot sample from " + rows + " rows");
    }
    this.random = new SplittableRandom(seed);
    this.order = new int[rows];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    shuffle();
  }

  /** The next {@code n} row indices. */
  public int[] next(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be non-negative, found " + n);
    }
    int[] indices = new int[n];
    for (int i = 0; i < n; i++) {
      if (position == order.length) {
        shuffle();
      }
      indices[i] = order[position++];
    }
    return indices;
  }

  private void shuffle() {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    position = 0;
  }
}
