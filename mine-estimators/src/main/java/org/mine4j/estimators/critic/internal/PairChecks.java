package org.mine4j.estimators.critic.internal;

import org.mine4j.api.network.PairIndex;

/** Argument checks shared by the critics' pair and input-gradient methods. */
public final class PairChecks {
  private PairChecks() {}

  /**
   * Checks that pairs {@code from .. from+count)} refer to rows of a batch of {@code rows} rows.
   *
   * @throws IndexOutOfBoundsException naming the first pair outside the batch
   */
  public static void requireInBatch(PairIndex pairs, int from, int count, int rows) {
    for (int p = from; p < from + count; p++) {
      int x = pairs.xRow(p);
      int y = pairs.yRow(p);
      if (x < 0 || x >= rows || y < 0 || y >= rows) {
        throw new IndexOutOfBoundsException(
            "pair " + p + " = (" + x + ", " + y + ") is outside the batch of " + rows + " rows");
      }
    }
  }

  /**
   * Checks that an input-gradient array holds {@code rows x width} values.
   *
   * @throws IllegalArgumentException otherwise
   */
  public static void requireInputGradient(float[] gradient, int rows, int width, String name) {
    if (gradient.length != (long) rows * width) {
      throw new IllegalArgumentException(
          name
              + " has "
              + gradient.length
              + " values for the "
              + rows
              + " x "
              + width
              + " inputs of the last batch");
    }
  }
}
