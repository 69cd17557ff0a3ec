package org.mine4j.datasets.internal;

import static java.util.Objects.requireNonNull;

import java.util.SplittableRandom;
import org.mine4j.api.data.Sampler;
import org.mine4j.api.data.Samples;

/**
 * Gives the rows of a finite {@link Samples} in a seeded random order: a Fisher–Yates shuffle of
 * all rows, handed out in turn; when a pass is used up the order is reshuffled (with the same
 * random stream) and the next pass begins, so within a pass every row appears exactly once. The
 * same seed gives the same sequence of rows. Not thread-safe.
 */
public final class ShuffledSampler implements Sampler {
  private final Samples rows;
  private final SplittableRandom random;
  private final int[] order;
  private int position;

  /**
   * @param rows the finite data, at least one row
   * @param seed the seed of the shuffles
   */
  public ShuffledSampler(Samples rows, long seed) {
    this.rows = requireNonNull(rows, "rows is null");
    if (rows.rows() == 0) {
      throw new IllegalArgumentException("cannot sample from zero rows");
    }
    this.random = new SplittableRandom(seed);
    this.order = new int[rows.rows()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    shuffle();
  }

  @Override
  public Samples next(int n) {
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
    return rows.select(indices);
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
