package org.mine4j.api.network;

import static java.util.Objects.requireNonNull;

/**
 * Which (x, y) pairs of a batch a critic scores: pair p is (x_{xRow[p]}, y_{yRow[p]}). The layouts
 * match {@link org.mine4j.api.bound.Scores}: {@link #jointAndShuffled} for SHUFFLE negatives,
 * {@link #allPairs} for ALL_PAIRS.
 */
public record PairIndex(int[] xRows, int[] yRows) {
  public PairIndex {
    requireNonNull(xRows, "xRows is null");
    requireNonNull(yRows, "yRows is null");
    if (xRows.length != yRows.length) {
      throw new IllegalArgumentException(
          "xRows and yRows must have the same length, found "
              + xRows.length
              + " and "
              + yRows.length);
    }
  }

  /** The number of pairs. */
  public int size() {
    return xRows.length;
  }

  /** K joint pairs (i, i), then K shuffled pairs (i, permutation[i]). */
  public static PairIndex jointAndShuffled(int[] permutation) {
    int k = permutation.length;
    int[] xs = new int[2 * k];
    int[] ys = new int[2 * k];
    for (int i = 0; i < k; i++) {
      xs[i] = i;
      ys[i] = i;
      xs[k + i] = i;
      ys[k + i] = permutation[i];
    }
    return new PairIndex(xs, ys);
  }

  /** All K*K pairs (i, j), row-major: pair i*K + j. */
  public static PairIndex allPairs(int k) {
    int[] xs = new int[k * k];
    int[] ys = new int[k * k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        xs[i * k + j] = i;
        ys[i * k + j] = j;
      }
    }
    return new PairIndex(xs, ys);
  }
}
