package org.mine4j.api.bound;

import static java.util.Objects.requireNonNull;

/**
 * Critic scores T(x, y) for one batch of K joint pairs and its marginal pairs, in the layout of
 * {@link Negatives}.
 *
 * <ul>
 *   <li>{@link Negatives#SHUFFLE}: {@code values[0..K)} are the joint scores T(x_i, y_i), {@code
 *       values[K..2K)} the shuffled ones T(x_i, y_pi(i)).
 *   <li>{@link Negatives#ALL_PAIRS}: {@code values[i*K + j]} = T(x_i, y_j); the diagonal is joint.
 * </ul>
 *
 * A bound reads scores through {@link #joint(int)} and {@link #marginal(int)} so that it works with
 * either layout, and writes its gradient at {@link #jointIndex(int)} and {@link
 * #marginalIndex(int)} of an array of {@link #size()}.
 *
 * <p>Bounds with a learned baseline (TUBA's a(y), the interpolated bound's b(y); {@link
 * Bound#needsBaseline()}) also read one baseline value per batch row, {@link #logBaseline(int)} =
 * log a(y_j) for the y of row j. Their gradient array then has {@link #gradientSize()} = {@link
 * #size()} + K entries: d loss / d score first, then d loss / d log a(y_j) at {@code size() + j}.
 */
public final class Scores {
  private final float[] values;
  private final int batchSize;
  private final Negatives layout;
  private final float[] logBaseline;

  public Scores(float[] values, int batchSize, Negatives layout) {
    this(values, batchSize, layout, null);
  }

  /**
   * Scores with a baseline value per batch row.
   *
   * @param logBaseline log a(y_j) for j in [0, K), or null for none
   */
  public Scores(float[] values, int batchSize, Negatives layout, float[] logBaseline) {
    this.values = requireNonNull(values, "values is null");
    this.layout = requireNonNull(layout, "layout is null");
    if (batchSize <= 0) {
      throw new IllegalArgumentException("batchSize must be positive, found " + batchSize);
    }
    long expected = layout == Negatives.SHUFFLE ? 2L * batchSize : (long) batchSize * batchSize;
    if (values.length != expected) {
      throw new IllegalArgumentException(
          "a "
              + layout
              + " batch of "
              + batchSize
              + " needs "
              + expected
              + " scores, found "
              + values.length);
    }
    if (logBaseline != null && logBaseline.length != batchSize) {
      throw new IllegalArgumentException(
          "a batch of "
              + batchSize
              + " needs "
              + batchSize
              + " baseline values, found "
              + logBaseline.length);
    }
    this.batchSize = batchSize;
    this.logBaseline = logBaseline;
  }

  /** Whether a baseline value per batch row is attached. */
  public boolean hasBaseline() {
    return logBaseline != null;
  }

  /**
   * log a(y_j), the baseline of the y in batch row j.
   *
   * @throws IllegalStateException if no baseline is attached
   */
  public float logBaseline(int j) {
    if (logBaseline == null) {
      throw new IllegalStateException("these scores carry no baseline values");
    }
    return logBaseline[j];
  }

  /** The length of a training gradient: {@link #size()}, plus K when a baseline is attached. */
  public int gradientSize() {
    return values.length + (logBaseline == null ? 0 : batchSize);
  }

  /** K, the number of joint pairs. */
  public int batchSize() {
    return batchSize;
  }

  public Negatives layout() {
    return layout;
  }

  /** The number of scores (length of a gradient array). */
  public int size() {
    return values.length;
  }

  /** The number of marginal pairs: K for SHUFFLE, K(K-1) for ALL_PAIRS. */
  public int marginalCount() {
    return layout == Negatives.SHUFFLE ? batchSize : batchSize * (batchSize - 1);
  }

  /** Index of joint pair i in the values array. */
  public int jointIndex(int i) {
    return layout == Negatives.SHUFFLE ? i : i * batchSize + i;
  }

  /** Index of marginal pair k (0 &le; k &lt; marginalCount) in the values array. */
  public int marginalIndex(int k) {
    if (layout == Negatives.SHUFFLE) {
      return batchSize + k;
    }
    int row = k / (batchSize - 1);
    int col = k % (batchSize - 1);
    return row * batchSize + (col >= row ? col + 1 : col);
  }

  /** T(x_i, y_i). */
  public float joint(int i) {
    return values[jointIndex(i)];
  }

  /** Marginal score number k. */
  public float marginal(int k) {
    return values[marginalIndex(k)];
  }

  /** The raw score at a values index. */
  public float value(int index) {
    return values[index];
  }
}
