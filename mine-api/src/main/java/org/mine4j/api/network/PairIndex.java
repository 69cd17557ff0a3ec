package org.mine4j.api.network;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * Which (x, y) pairs of a batch a critic scores: pair p is (x_{xRow(p)}, y_{yRow(p)}). Immutable.
 * The layouts match {@link org.mine4j.api.bound.Scores}: {@link #jointAndShuffled} for SHUFFLE
 * negatives, {@link #allPairs} for ALL_PAIRS; {@link #isAllPairs()} tells a critic that it may
 * compute the K x K scores as one product (a separable critic's G H^T) without looking at the
 * indices.
 */
public final class PairIndex {
  private final int[] xRows;
  private final int[] yRows;
  private final boolean allPairs;

  /** Pairs (xRows[p], yRows[p]) (the arrays are copied). */
  public PairIndex(int[] xRows, int[] yRows) {
    this(
        requireNonNull(xRows, "xRows is null").clone(),
        requireNonNull(yRows, "yRows is null").clone(),
        isAllPairsLayout(xRows, yRows));
  }

  private PairIndex(int[] xRows, int[] yRows, boolean allPairs) {
    if (xRows.length != yRows.length) {
      throw new IllegalArgumentException(
          "xRows and yRows must have the same length, found "
              + xRows.length
              + " and "
              + yRows.length);
    }
    this.xRows = xRows;
    this.yRows = yRows;
    this.allPairs = allPairs;
  }

  /** The number of pairs. */
  public int size() {
    return xRows.length;
  }

  /** The x row of pair p. */
  public int xRow(int p) {
    return xRows[p];
  }

  /** The y row of pair p. */
  public int yRow(int p) {
    return yRows[p];
  }

  /** The x rows of all pairs (a copy). */
  public int[] xRows() {
    return xRows.clone();
  }

  /** The y rows of all pairs (a copy). */
  public int[] yRows() {
    return yRows.clone();
  }

  /** Whether pair i*K + j is (i, j) for all i, j &lt; K, K = sqrt(size()). */
  public boolean isAllPairs() {
    return allPairs;
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
    return new PairIndex(xs, ys, false);
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
    return new PairIndex(xs, ys, true);
  }

  private static boolean isAllPairsLayout(int[] xs, int[] ys) {
    int k = (int) Math.round(Math.sqrt(xs.length));
    if (k == 0 || (long) k * k != xs.length) {
      return false;
    }
    for (int p = 0; p < xs.length; p++) {
      if (xs[p] != p / k || ys[p] != p % k) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PairIndex o
        && Arrays.equals(xRows, o.xRows)
        && Arrays.equals(yRows, o.yRows);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(xRows) + Arrays.hashCode(yRows);
  }

  @Override
  public String toString() {
    return "PairIndex[" + size() + " pairs" + (allPairs ? ", all pairs" : "") + "]";
  }
}
