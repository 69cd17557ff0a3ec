package org.mine4j.estimators.critic.internal;

/** Argument checks shared by the critics' pair and input-gradient methods. */
public final class PairChecks {
  private PairChecks() {}

  /**
   * Checks that pairs {@code from .. from+count)} refer to rows of a batch of {@code rows} rows.
   *
   * @throws IndexOutOfBoundsException naming the first pair outside the batch
   */
  public static void requireInBatch(int[] xRows, int[] yRows, int from, int count, int rows) {
    for (int p = from; p < from + count; p++) {
      if (xRows[p] < 0 || xRows[p] >= rows || yRows[p] < 0 || yRows[p] >= rows) {
        throw new IndexOutOfBoundsException(
            "pair "
                + p
                + " = ("
                + xRows[p]
                + ", "
                + yRows[p]
                + ") is outside the batch of "
                + rows
                + " rows");
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
