package org.mine4j.estimators.critic.internal;

import java.util.Arrays;
import org.mine4j.estimators.critic.Activation;

/**
 * One tower of a separable critic, an MLP e = MLP(v) with hidden activations and a linear output
 * layer, evaluated on preallocated row arrays (forward over many sample rows, then backward from
 * d(loss)/d(e) per row into a slice of the flat gradient).
 *
 * <p>Its parameters start at {@code base} in the flat vector: for each layer l in order, W_l
 * row-major (fanIn x fanOut, so that Z_l = A_{l-1} W_l + b_l) then b_l. {@link #load} copies them
 * into row arrays (see {@link RowKernels} for why). Buffers grow with the number of rows; otherwise
 * nothing is allocated. Not thread-safe.
 */
public final class MlpTower {
  /** A ReLU output h >= 0 times this twice is >= 1 for every positive float, denormals included. */
  private final int[] widths;

  private final int layers;
  private final int base;
  private final int parameterCount;
  private final Activation activation;
  private final int maxWidth;
  private final float[][][] weights;
  private final float[][][] weightsTransposed;
  private final float[][] biases;
  private final float[][][] weightGradients;
  private final float[][] biasGradients;
  private final float[][][] activations;
  private int[] nonZero;
  private float[][] deltaA = new float[0][];
  private float[][] deltaB = new float[0][];
  private float[][] transposed = new float[0][];
  private float[][] inputs;
  private int rowCapacity;
  private int rows = -1;

  /**
   * @param widths input size, hidden sizes, output size (at least one hidden layer)
   * @param base offset of the tower's first parameter in the flat vector
   */
  public MlpTower(int[] widths, Activation activation, int base) {
    this.widths = widths.clone();
    this.layers = widths.length - 1;
    this.base = base;
    this.activation = activation;
    int count = 0;
    int widest = 1;
    for (int l = 0; l < layers; l++) {
      count += (widths[l] + 1) * widths[l + 1];
      widest = Math.max(widest, Math.max(widths[l], widths[l + 1]));
    }
    this.parameterCount = count;
    this.maxWidth = widest;
    weights = new float[layers][][];
    weightsTransposed = new float[layers][][];
    weightGradients = new float[layers][][];
    biases = new float[layers][];
    biasGradients = new float[layers][];
    for (int l = 0; l < layers; l++) {
      weights[l] = DenseKernels.rows(widths[l], widths[l + 1]);
      weightsTransposed[l] = l == 0 ? null : DenseKernels.rows(widths[l + 1], widths[l]);
      weightGradients[l] = DenseKernels.rows(widths[l], widths[l + 1]);
      biases[l] = new float[widths[l + 1]];
      biasGradients[l] = new float[widths[l + 1]];
    }
    activations = new float[layers - 1][0][];
    nonZero = new int[widest];
  }

  /** The number of parameters of an MLP with these widths (input, hidden..., output). */
  public static int parameterCount(int[] widths) {
    int count = 0;
    for (int l = 0; l + 1 < widths.length; l++) {
      count += (widths[l] + 1) * widths[l + 1];
    }
    return count;
  }

  public int parameterCount() {
    return parameterCount;
  }

  public int outputWidth() {
    return widths[layers];
  }

  /** Offset of W_l in the flat vector. */
  public int weightOffset(int l) {
    int offset = base;
    for (int i = 0; i < l; i++) {
      offset += (widths[i] + 1) * widths[i + 1];
    }
    return offset;
  }

  public int fanIn(int l) {
    return widths[l];
  }

  public int fanOut(int l) {
    return widths[l + 1];
  }

  public int layers() {
    return layers;
  }

  /** Copies this tower's slice of the flat parameters into its row arrays. */
  public void load(float[] params) {
    for (int l = 0; l < layers; l++) {
      int fanIn = widths[l];
      int fanOut = widths[l + 1];
      int offset = weightOffset(l);
      for (int k = 0; k < fanIn; k++) {
        System.arraycopy(params, offset + k * fanOut, weights[l][k], 0, fanOut);
      }
      System.arraycopy(params, offset + fanIn * fanOut, biases[l], 0, fanOut);
    }
  }

  /**
   * {@code out[from + q] = MLP(in[from + q])} for {@code q < count}, keeping the hidden activations
   * of these rows (a training pass uses {@code from == 0} and keeps {@code in} for {@link
   * #backward}).
   */
  public void forward(float[][] in, int from, int count, float[][] out) {
    ensureRows(count);
    inputs = from == 0 ? in : null;
    rows = from == 0 ? count : -1;
    int last = layers - 1;
    float[][] previous = in;
    int previousFrom = from;
    for (int l = 0; l < layers; l++) {
      int fanOut = widths[l + 1];
      float[][] z = l == last ? out : activations[l];
      int zFrom = l == last ? from : 0;
      for (int q = 0; q < count; q++) {
        System.arraycopy(biases[l], 0, z[zFrom + q], 0, fanOut);
      }
      RowKernels.multiplyAccumulate(
          previous, previousFrom, count, widths[l], weights[l], fanOut, z, zFrom, nonZero);
      if (l != last) {
        for (int q = 0; q < count; q++) {
          activation.applyInPlace(z[q], fanOut);
        }
      }
      previous = z;
      previousFrom = zFrom;
    }
  }

  /**
   * Sets this tower's slice of {@code grads} to d(loss)/d(theta) given {@code dOut[q]} =
   * d(loss)/d(out[q]) for the rows of the last training {@link #forward} ({@code dOut} is only
   * read).
   */
  public void backward(float[][] dOut, float[] grads) {
    backward(dOut, grads, null);
  }

  /**
   * As {@link #backward(float[][], float[])}, and also writes d(loss)/d(in[q]) = delta_0 W_0^T for
   * each row of the last training {@link #forward} into {@code dIn[q]} when {@code dIn} is not null
   * (rows of at least the input width).
   */
  public void backward(float[][] dOut, float[] grads, float[][] dIn) {
    if (rows < 0) {
      throw new IllegalStateException("backward needs a training forward pass first");
    }
    for (int l = 0; l < layers; l++) {
      for (float[] row : weightGradients[l]) {
        Arrays.fill(row, 0f);
      }
      Arrays.fill(biasGradients[l], 0f);
    }
    float[][] delta = dOut;
    float[][] next = deltaA;
    for (int l = layers - 1; l >= 0; l--) {
      int fanIn = widths[l];
      int fanOut = widths[l + 1];
      float[][] in = l == 0 ? inputs : activations[l - 1];
      for (int q = 0; q < rows; q++) {
        DenseKernels.addInto(biasGradients[l], delta[q], fanOut);
      }
      // dW_l = A_{l-1}^T delta: row k sums the delta rows weighted by column k of A_{l-1}.
      RowKernels.transpose(in, rows, fanIn, transposed);
      RowKernels.multiplyAccumulate(
          transposed, 0, fanIn, rows, delta, fanOut, weightGradients[l], 0, nonZero);
      if (l == 0 && dIn != null) {
        propagate(l, delta, dIn);
      }
      if (l > 0) {
        // dL/dZ_{l-1} = (delta W_l^T) * act'(Z_{l-1}).
        propagate(l, delta, next);
        for (int q = 0; q < rows; q++) {
          activation.multiplyByDerivative(next[q], in[q], fanIn);
        }
        float[][] swap = next;
        next = delta == dOut ? deltaB : delta;
        delta = swap;
      }
    }
    for (int l = 0; l < layers; l++) {
      int fanIn = widths[l];
      int fanOut = widths[l + 1];
      int offset = weightOffset(l);
      for (int k = 0; k < fanIn; k++) {
        System.arraycopy(weightGradients[l][k], 0, grads, offset + k * fanOut, fanOut);
      }
      System.arraycopy(biasGradients[l], 0, grads, offset + fanIn * fanOut, fanOut);
    }
  }

  /** {@code out[q][0 .. fanIn) = delta[q] W_l^T} for the rows of the last training pass. */
  private void propagate(int l, float[][] delta, float[][] out) {
    int fanIn = widths[l];
    int fanOut = widths[l + 1];
    if (weightsTransposed[l] == null) {
      weightsTransposed[l] = DenseKernels.rows(fanOut, fanIn);
    }
    float[][] wt = weightsTransposed[l];
    RowKernels.transpose(weights[l], fanIn, fanOut, wt);
    for (int q = 0; q < rows; q++) {
      Arrays.fill(out[q], 0, fanIn, 0f);
    }
    RowKernels.multiplyAccumulate(delta, 0, rows, fanOut, wt, fanIn, out, 0, nonZero);
  }

  private void ensureRows(int needed) {
    if (needed <= rowCapacity) {
      return;
    }
    for (int l = 0; l < layers - 1; l++) {
      activations[l] = DenseKernels.rows(needed, widths[l + 1]);
    }
    deltaA = DenseKernels.rows(needed, maxWidth);
    deltaB = DenseKernels.rows(needed, maxWidth);
    transposed = DenseKernels.rows(maxWidth, needed);
    nonZero = new int[Math.max(nonZero.length, needed)];
    rowCapacity = needed;
  }
}
