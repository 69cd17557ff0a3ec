package org.mine4j.estimators.neural;

import java.util.Locale;
import org.mine4j.api.MineException;
import org.mine4j.api.bound.Negatives;

/**
 * Refuses a critic whose buffers cannot fit in the heap before training starts, with the arithmetic
 * in the message, instead of an {@link OutOfMemoryError} minutes later. The estimate is that of an
 * MLP scoring P pairs at a time: 4 bytes × (4 × parameters (weights, gradients, Adam's two moments)
 * + 3 × P × Σ hidden (pre-activations, activations, their gradients)), with P = 2K per step for
 * shuffle negatives or K² for all pairs, and the held-out scoring, which takes at most {@value
 * #EVALUATION_ROWS} rows (2 pairs each) per call.
 */
final class CriticMemory {
  /** Held-out rows the evaluator scores per critic call (as the training package chunks them). */
  static final int EVALUATION_ROWS = 1 << 15;

  private CriticMemory() {}

  /** The estimated bytes, as above. */
  static double bytes(
      int dimX, int dimY, int[] hidden, int batchSize, Negatives negatives, int heldOut) {
    double parameters = 0;
    int in = dimX + dimY;
    long units = 0;
    for (int h : hidden) {
      parameters += (double) in * h + h;
      in = h;
      units += h;
    }
    parameters += in + 1;
    return 4.0 * (4 * parameters + 3 * pairs(batchSize, negatives, heldOut) * units);
  }

  /** The most pairs the critic scores in one call, in training or held-out evaluation. */
  private static double pairs(int batchSize, Negatives negatives, int heldOut) {
    double training =
        negatives == Negatives.ALL_PAIRS ? (double) batchSize * batchSize : 2.0 * batchSize;
    double evaluation =
        negatives == Negatives.ALL_PAIRS ? training : 2.0 * Math.min(heldOut, EVALUATION_ROWS);
    return Math.max(training, evaluation);
  }

  /**
   * @throws MineException INVALID_OPTIONS if {@link #bytes} exceeds {@code maxMemory}
   */
  static void requireFits(
      int dimX,
      int dimY,
      String hidden,
      int batchSize,
      Negatives negatives,
      int heldOut,
      long maxMemory) {
    int[] sizes = parse(hidden);
    if (sizes.length == 0) {
      return;
    }
    double needed = bytes(dimX, dimY, sizes, batchSize, negatives, heldOut);
    if (needed > maxMemory) {
      throw MineException.invalidOptions(
          String.format(
              Locale.ROOT,
              "the critic (hidden %s on %d inputs) scoring up to %.0f pairs at a time needs about %.1f GiB"
                  + " (4 bytes x (4 x parameters + 3 x pairs x %d hidden units)), more than the"
                  + " %.1f GiB this JVM may use; use smaller hidden layers or a smaller batch, or"
                  + " give Java more memory (MINE4J_JAVA_OPTS=-Xmx%dg)",
              hidden,
              dimX + dimY,
              pairs(batchSize, negatives, heldOut),
              needed / (1L << 30),
              java.util.Arrays.stream(sizes).asLongStream().sum(),
              maxMemory / (double) (1L << 30),
              (long) Math.ceil(needed * 1.5 / (1L << 30))));
    }
  }

  private static int[] parse(String hidden) {
    String text = hidden.trim();
    if (text.isEmpty()) {
      return new int[0];
    }
    try {
      return java.util.Arrays.stream(text.split(","))
          .mapToInt(s -> Integer.parseInt(s.trim()))
          .toArray();
    } catch (NumberFormatException e) {
      return new int[0]; // the critic's own options report a malformed list
    }
  }
}
