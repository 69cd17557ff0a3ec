package org.mine4j.estimators.critic.internal;

import static java.util.Objects.requireNonNull;

/**
 * Where each weight matrix and bias of a concat MLP critic lives in the flat parameter vector: for
 * each layer l = 0..L in order, W_l row-major with shape (fanIn x fanOut), then b_l (fanOut). Layer
 * 0 reads [x, y] (x columns first), the last layer has one output. This layout is fixed: other
 * critic implementations load the same vector.
 */
public final class MlpLayout {
  private final int dimX;
  private final int dimY;
  private final int[] widths;
  private final int[] weightOffsets;
  private final int[] biasOffsets;
  private final int parameterCount;

  /** The layout of an MLP from dimX + dimY inputs through {@code hidden} to one output. */
  public MlpLayout(int dimX, int dimY, int[] hidden) {
    requireNonNull(hidden, "hidden is null");
    if (dimX <= 0 || dimY <= 0) {
      throw new IllegalArgumentException(
          "dimX and dimY must be positive, found " + dimX + " and " + dimY);
    }
    if (hidden.length == 0) {
      throw new IllegalArgumentException("at least one hidden layer is needed");
    }
    this.dimX = dimX;
    this.dimY = dimY;
    int layers = hidden.length + 1;
    widths = new int[layers + 1];
    widths[0] = dimX + dimY;
    for (int l = 0; l < hidden.length; l++) {
      if (hidden[l] <= 0) {
        throw new IllegalArgumentException("hidden sizes must be positive, found " + hidden[l]);
      }
      widths[l + 1] = hidden[l];
    }
    widths[layers] = 1;
    weightOffsets = new int[layers];
    biasOffsets = new int[layers];
    long offset = 0;
    for (int l = 0; l < layers; l++) {
      weightOffsets[l] = (int) offset;
      offset += (long) widths[l] * widths[l + 1];
      biasOffsets[l] = (int) offset;
      offset += widths[l + 1];
      if (offset > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("the network has too many parameters: more than 2^31");
      }
    }
    parameterCount = (int) offset;
  }

  public int dimX() {
    return dimX;
  }

  public int dimY() {
    return dimY;
  }

  /** The number of weight layers, hidden layers + 1. */
  public int layers() {
    return weightOffsets.length;
  }

  /** The input width of layer l. */
  public int fanIn(int l) {
    return widths[l];
  }

  /** The output width of layer l. */
  public int fanOut(int l) {
    return widths[l + 1];
  }

  public int weightOffset(int l) {
    return weightOffsets[l];
  }

  public int biasOffset(int l) {
    return biasOffsets[l];
  }

  public int parameterCount() {
    return parameterCount;
  }

  /** The widest hidden layer. */
  public int maxHidden() {
    int max = 0;
    for (int l = 1; l < widths.length - 1; l++) {
      max = Math.max(max, widths[l]);
    }
    return max;
  }
}
