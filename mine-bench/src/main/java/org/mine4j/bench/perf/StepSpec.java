package org.mine4j.bench.perf;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * One training-step benchmark configuration, written {@code critic:d:n:HxL} as in {@code
 * reference/torch_step.py}: critic kind, dimension d of x and of y, batch size n (joint pairs),
 * hidden width H and depth L. Example: {@code concat:1:512:100x2} is the MINE paper's step
 * (Belghazi et al. 2018).
 *
 * @param critic {@code concat} (MLP on [x, y], n shuffled negatives, DV loss) or {@code separable}
 *     (g(x)^T h(y) with embedding 32, all n x n pairs, InfoNCE loss)
 * @param dim d
 * @param batch n
 * @param width H
 * @param depth L
 */
public record StepSpec(String critic, int dim, int batch, int width, int depth) {
  /**
   * concat: MLP on [x, y], K shuffled negatives, DV loss (the MINE step); separable: g(x)ᵀh(y) on
   * all K² pairs, InfoNCE; concat-pairs: the concat MLP on all K² pairs, InfoNCE (the SMILE
   * staircase's concat critic).
   */
  public static final java.util.List<String> CRITICS =
      java.util.List.of("concat", "separable", "concat-pairs");

  public StepSpec {
    requireNonNull(critic, "critic is null");
    if (!CRITICS.contains(critic)) {
      throw new IllegalArgumentException(
          "critic must be one of " + String.join(", ", CRITICS) + ", found '" + critic + "'");
    }
    if (dim <= 0 || batch < 2 || width <= 0 || depth <= 0) {
      throw new IllegalArgumentException(
          "need d >= 1, n >= 2, H >= 1 and L >= 1, found d="
              + dim
              + " n="
              + batch
              + " H="
              + width
              + " L="
              + depth);
    }
  }

  /**
   * Parses {@code critic:d:n:HxL}.
   *
   * @throws IllegalArgumentException naming the malformed part
   */
  public static StepSpec parse(String text) {
    requireNonNull(text, "text is null");
    String[] parts = text.trim().split(":");
    String[] layers = parts.length == 4 ? parts[3].split("x") : new String[0];
    if (parts.length != 4 || layers.length != 2) {
      throw new IllegalArgumentException(
          "a step spec is critic:d:n:HxL, e.g. concat:1:512:100x2, found '" + text + "'");
    }
    try {
      return new StepSpec(
          parts[0],
          Integer.parseInt(parts[1]),
          Integer.parseInt(parts[2]),
          Integer.parseInt(layers[0]),
          Integer.parseInt(layers[1]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "a step spec is critic:d:n:HxL with integer d, n, H, L, found '" + text + "'", e);
    }
  }

  /** The hidden sizes: L times H. */
  public int[] hidden() {
    int[] hidden = new int[depth];
    Arrays.fill(hidden, width);
    return hidden;
  }

  @Override
  public String toString() {
    return critic + ":" + dim + ":" + batch + ":" + width + "x" + depth;
  }
}
