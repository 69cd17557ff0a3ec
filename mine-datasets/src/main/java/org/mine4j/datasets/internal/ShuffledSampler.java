package org.mine4j.datasets.internal;

import static java.util.Objects.requireNonNull;

import org.mine4j.api.data.Sampler;
import org.mine4j.api.data.Samples;

/**
 * Gives the rows of a finite {@link Samples} in a seeded random order ({@link ShuffledOrder}):
 * within a pass every row appears exactly once, and the order is reshuffled for the next pass. The
 * same seed gives the same sequence of rows. Not thread-safe.
 */
public final class ShuffledSampler implements Sampler {
  private final Samples rows;
  private final ShuffledOrder order;

  /**
   * @param rows the finite data, at least one row
   * @param seed the seed of the shuffles
   */
  public ShuffledSampler(Samples rows, long seed) {
    this.rows = requireNonNull(rows, "rows is null");
    if (rows.rows() == 0) {
      throw new IllegalArgumentException("cannot sample from zero rows");
    }
    this.order = new ShuffledOrder(rows.rows(), seed);
  }

  @Override
  public Samples next(int n) {
    return rows.select(order.next(n));
  }
}
