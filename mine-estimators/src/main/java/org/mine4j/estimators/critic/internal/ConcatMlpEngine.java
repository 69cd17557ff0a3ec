package org.mine4j.estimators.critic.internal;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.mine4j.api.data.Samples;
import org.mine4j.api.network.PairIndex;
import org.mine4j.estimators.critic.Activation;

/**
 * Forward and backward passes of a concat MLP critic T(x, y) = MLP([x, y]) (MINE, Belghazi et al.
 * 2018) on preallocated heap row arrays, for one thread.
 *
 * <p>The first layer is split as [x, y] W_0 = x W_x + y W_y: X W_x + b_0 and Y W_y are computed
 * once per sample row and each pair (x_i, y_j) gathers and adds two rows, so pairs that share rows
 * (shuffled or all-pairs negatives) cost one addition per unit instead of a product. Each pass
 * copies the flat parameters into row arrays (see {@link DenseKernels} for why) and {@link
 * #backward} packs its row gradients into the flat gradient vector. Buffers grow when a batch or a
 * pair count is larger than before; otherwise a pass allocates nothing.
 */
public final class ConcatMlpEngine {
  /** A ReLU output h >= 0 times this twice is >= 1 for every positive float, denormals included. */
  private final MlpLayout layout;

  private final Activation activation;
  private final int last;
  private int[] nonZero;
  private final float[][][] weights;
  private final float[][][] weightGradients;
  private final float[][] biases;
  private final float[][] biasGradients;
  private final float[][][] transposed;
  private final float[][] inputWeights;
  private final float[][] inputWeightGradients;
  private final float[] outWeights;
  private final float[] outWeightGradients;
  private final float[][][] hidden;
  private float[][] xs = new float[0][];
  private float[][] ys = new float[0][];
  private float[][] xw = new float[0][];
  private float[][] yw = new float[0][];
  private float[][] gx = new float[0][];
  private float[][] gy = new float[0][];
  private float[][] xsTransposed = new float[0][];
  private float[][] ysTransposed = new float[0][];
  private float[][] deltaA = new float[0][];
  private float[][] deltaB = new float[0][];
  private float outBias;
  private int rowCapacity;
  private int pairCapacity;
  private int rows;
  private int pairCount;
  private PairIndex pairs;

  public ConcatMlpEngine(MlpLayout layout, Activation activation) {
    this.layout = requireNonNull(layout, "layout is null");
    this.activation = requireNonNull(activation, "activation is null");
    last = layout.layers() - 1;
    int widest = 1;
    for (int l = 0; l <= last; l++) {
      widest = Math.max(widest, Math.max(layout.fanIn(l), layout.fanOut(l)));
    }
    nonZero = new int[widest];
    weights = new float[last][][];
    weightGradients = new float[last][][];
    transposed = new float[last][][];
    biases = new float[last][];
    biasGradients = new float[last][];
    for (int l = 0; l < last; l++) {
      weights[l] = DenseKernels.rows(layout.fanIn(l), layout.fanOut(l));
      weightGradients[l] = DenseKernels.rows(layout.fanIn(l), layout.fanOut(l));
      transposed[l] = l == 0 ? null : DenseKernels.rows(layout.fanOut(l), layout.fanIn(l));
      biases[l] = new float[layout.fanOut(l)];
      biasGradients[l] = new float[layout.fanOut(l)];
    }
    // Layer 0's rows are x's dimX rows then y's dimY rows; these views hold the y part.
    inputWeights = Arrays.copyOfRange(weights[0], layout.dimX(), layout.dimX() + layout.dimY());
    inputWeightGradients =
        Arrays.copyOfRange(weightGradients[0], layout.dimX(), layout.dimX() + layout.dimY());
    outWeights = new float[layout.fanIn(last)];
    outWeightGradients = new float[layout.fanIn(last)];
    hidden = new float[last][0][];
  }

  /**
   * Copies the parameters into row arrays and computes X W_x + b_0 and Y W_y for every sample row
   * of {@code batch}; call before {@link #forwardPairs}.
   *
   * @throws IllegalArgumentException if the batch dimensions do not match the network
   */
  public void prepareInputs(float[] params, Samples batch) {
    requireNonNull(batch, "batch is null");
    int dx = layout.dimX();
    int dy = layout.dimY();
    if (batch.dimX() != dx || batch.dimY() != dy) {
      throw new IllegalArgumentException(
          "the network takes dimX="
              + dx
              + ", dimY="
              + dy
              + " but the batch has dimX="
              + batch.dimX()
              + ", dimY="
              + batch.dimY());
    }
    for (int l = 0; l < last; l++) {
      DenseKernels.unpack(
          params, layout.weightOffset(l), layout.fanIn(l), layout.fanOut(l), weights[l]);
      System.arraycopy(params, layout.biasOffset(l), biases[l], 0, layout.fanOut(l));
    }
    System.arraycopy(params, layout.weightOffset(last), outWeights, 0, outWeights.length);
    outBias = params[layout.biasOffset(last)];
    rows = batch.rows();
    ensureRows(rows);
    int h0 = layout.fanOut(0);
    for (int r = 0; r < rows; r++) {
      batch.copyX(r, xs[r], 0);
      batch.copyY(r, ys[r], 0);
      System.arraycopy(biases[0], 0, xw[r], 0, h0);
      DenseKernels.accumulateRowTimesMatrix(xs[r], dx, weights[0], h0, xw[r], nonZero);
      Arrays.fill(yw[r], 0f);
      DenseKernels.accumulateRowTimesMatrix(ys[r], dy, inputWeights, h0, yw[r], nonZero);
    }
  }

  /**
   * Scores pairs {@code from .. from+count)} of {@code pairIndex} into {@code out[outOff ..]},
   * keeping the activations for {@link #backward}. Rows refer to the batch of the last {@link
   * #prepareInputs}.
   */
  public void forwardPairs(PairIndex pairIndex, int from, int count, float[] out, int outOff) {
    requireNonNull(pairIndex, "pairIndex is null");
    PairChecks.requireInBatch(pairIndex, from, count, rows);
    ensurePairs(count);
    pairs = from == 0 ? pairIndex : null;
    pairCount = count;
    int h0 = layout.fanOut(0);
    for (int q = 0; q < count; q++) {
      float[] row = hidden[0][q];
      float[] a = xw[pairIndex.xRow(from + q)];
      float[] b = yw[pairIndex.yRow(from + q)];
      for (int j = 0; j < h0; j++) {
        row[j] = a[j] + b[j];
      }
      activation.applyInPlace(row, h0);
    }
    for (int l = 1; l < last; l++) {
      int fanIn = layout.fanIn(l);
      int fanOut = layout.fanOut(l);
      for (int q = 0; q < count; q++) {
        System.arraycopy(biases[l], 0, hidden[l][q], 0, fanOut);
      }
      // Blocked over fanIn so a slice of W_l stays cached while the K^2 pair rows stream by.
      RowKernels.multiplyAccumulate(
          hidden[l - 1], 0, count, fanIn, weights[l], fanOut, hidden[l], 0, nonZero);
      for (int q = 0; q < count; q++) {
        activation.applyInPlace(hidden[l][q], fanOut);
      }
    }
    int width = layout.fanIn(last);
    for (int q = 0; q < count; q++) {
      out[outOff + q] = DenseKernels.dot(hidden[last - 1][q], outWeights, width) + outBias;
    }
  }

  /**
   * Sets {@code grads} to sum_p g[p] dT_p/d(theta) for the pairs of the last {@link #forwardPairs},
   * which must have started at pair 0 (evaluation chunks cannot be back-propagated).
   */
  public void backward(float[] params, float[] grads, float[] scoreGradient) {
    backward(params, grads, scoreGradient, null, null);
  }

  /**
   * As {@link #backward(float[], float[], float[])}, and also writes d(loss)/dx and d(loss)/dy of
   * every sample row of the last {@link #prepareInputs} into {@code xGradient} (rows x dimX,
   * row-major) and {@code yGradient} (rows x dimY), when they are not null: the first layer's
   * deltas summed per row (which the weight gradient needs anyway) times W_x^T and W_y^T.
   */
  public void backward(
      float[] params, float[] grads, float[] scoreGradient, float[] xGradient, float[] yGradient) {
    requireNonNull(scoreGradient, "scoreGradient is null");
    checkInputGradient(xGradient, layout.dimX(), "xGradient");
    checkInputGradient(yGradient, layout.dimY(), "yGradient");
    if (pairs == null) {
      throw new IllegalStateException("backward needs a training forward pass first");
    }
    if (scoreGradient.length != pairCount) {
      throw new IllegalArgumentException(
          "scoreGradient has "
              + scoreGradient.length
              + " values for "
              + pairCount
              + " scored pairs");
    }
    for (int l = 0; l < last; l++) {
      for (float[] row : weightGradients[l]) {
        Arrays.fill(row, 0f);
      }
      Arrays.fill(biasGradients[l], 0f);
    }
    Arrays.fill(outWeightGradients, 0f);
    float[][] delta = deltaA;
    float[][] spare = deltaB;
    double outBiasGradient = outputLayer(scoreGradient, delta);
    for (int l = last - 1; l >= 1; l--) {
      hiddenLayer(params, l, delta, spare);
      float[][] swap = delta;
      delta = spare;
      spare = swap;
    }
    firstLayer(delta);
    if (xGradient != null) {
      inputGradient(gx, 0, layout.dimX(), xGradient);
    }
    if (yGradient != null) {
      inputGradient(gy, layout.dimX(), layout.dimY(), yGradient);
    }
    for (int l = 0; l < last; l++) {
      DenseKernels.pack(
          weightGradients[l], layout.fanIn(l), layout.fanOut(l), grads, layout.weightOffset(l));
      System.arraycopy(biasGradients[l], 0, grads, layout.biasOffset(l), layout.fanOut(l));
    }
    System.arraycopy(
        outWeightGradients, 0, grads, layout.weightOffset(last), outWeightGradients.length);
    grads[layout.biasOffset(last)] = (float) outBiasGradient;
  }

  private double outputLayer(float[] g, float[][] delta) {
    float[][] top = hidden[last - 1];
    int width = layout.fanIn(last);
    double biasGradient = 0;
    for (int q = 0; q < pairCount; q++) {
      float gq = g[q];
      biasGradient += gq;
      float[] h = top[q];
      float[] d = delta[q];
      DenseKernels.accumulate1(outWeightGradients, width, gq, h);
      for (int j = 0; j < width; j++) {
        d[j] = gq * outWeights[j];
      }
      activation.multiplyByDerivative(d, h, width);
    }
    return biasGradient;
  }

  /** delta holds dL/dZ_l (pairs x fanOut(l)); fills next with dL/dZ_{l-1} (pairs x fanIn(l)). */
  private void hiddenLayer(float[] params, int l, float[][] delta, float[][] next) {
    int fanIn = layout.fanIn(l);
    int fanOut = layout.fanOut(l);
    float[][] in = hidden[l - 1];
    float[] biasGradient = biasGradients[l];
    for (int q = 0; q < pairCount; q++) {
      DenseKernels.addInto(biasGradient, delta[q], fanOut);
    }
    // dW_l = H_{l-1}^T delta, four pairs per pass over the rows of dW.
    float[][] weightGradient = weightGradients[l];
    int q = 0;
    for (; q + 3 < pairCount; q += 4) {
      DenseKernels.accumulateOuter4(
          in[q],
          in[q + 1],
          in[q + 2],
          in[q + 3],
          fanIn,
          delta[q],
          delta[q + 1],
          delta[q + 2],
          delta[q + 3],
          fanOut,
          weightGradient);
    }
    for (; q < pairCount; q++) {
      DenseKernels.accumulateOuter(in[q], fanIn, delta[q], fanOut, weightGradient);
    }
    float[][] weightsT = transposed[l];
    DenseKernels.transpose(params, layout.weightOffset(l), fanIn, fanOut, weightsT);
    for (q = 0; q < pairCount; q++) {
      Arrays.fill(next[q], 0, fanIn, 0f);
    }
    RowKernels.multiplyAccumulate(delta, 0, pairCount, fanOut, weightsT, fanIn, next, 0, nonZero);
    for (q = 0; q < pairCount; q++) {
      activation.multiplyByDerivative(next[q], in[q], fanIn);
    }
  }

  /**
   * delta holds dL/dZ_0 (pairs x h0): scatters it to sample rows and forms the gradients of W_x,
   * W_y and b_0.
   */
  private void firstLayer(float[][] delta) {
    int h0 = layout.fanOut(0);
    int dx = layout.dimX();
    int dy = layout.dimY();
    for (int r = 0; r < rows; r++) {
      Arrays.fill(gx[r], 0f);
      Arrays.fill(gy[r], 0f);
    }
    for (int q = 0; q < pairCount; q++) {
      DenseKernels.addInto(gx[pairs.xRow(q)], delta[q], h0);
      DenseKernels.addInto(gy[pairs.yRow(q)], delta[q], h0);
    }
    for (int r = 0; r < rows; r++) {
      DenseKernels.addInto(biasGradients[0], gx[r], h0);
    }
    transposeRows(xs, rows, dx, xsTransposed);
    transposeRows(ys, rows, dy, ysTransposed);
    for (int k = 0; k < dx; k++) {
      DenseKernels.accumulateRowTimesMatrix(
          xsTransposed[k], rows, gx, h0, weightGradients[0][k], nonZero);
    }
    for (int k = 0; k < dy; k++) {
      DenseKernels.accumulateRowTimesMatrix(
          ysTransposed[k], rows, gy, h0, inputWeightGradients[k], nonZero);
    }
  }

  /**
   * {@code out[r * width + k] = sum_j rowDelta[r][j] W_0[first + k][j]}: d(loss)/d(input) of each
   * sample row from its summed first-layer delta, for the inputs {@code first .. first+width)}.
   */
  private void inputGradient(float[][] rowDelta, int first, int width, float[] out) {
    int h0 = layout.fanOut(0);
    for (int r = 0; r < rows; r++) {
      for (int k = 0; k < width; k++) {
        out[r * width + k] = DenseKernels.dot(rowDelta[r], weights[0][first + k], h0);
      }
    }
  }

  private void checkInputGradient(float[] gradient, int width, String name) {
    if (gradient != null) {
      PairChecks.requireInputGradient(gradient, rows, width, name);
    }
  }

  /** {@code dst[k][q] = src[q][k]} for q < count, k < width. */
  private static void transposeRows(float[][] src, int count, int width, float[][] dst) {
    final int block = 16;
    for (int q0 = 0; q0 < count; q0 += block) {
      int q1 = Math.min(count, q0 + block);
      for (int k = 0; k < width; k++) {
        float[] out = dst[k];
        for (int q = q0; q < q1; q++) {
          out[q] = src[q][k];
        }
      }
    }
  }

  private void ensureRows(int needed) {
    if (needed <= rowCapacity) {
      return;
    }
    int h0 = layout.fanOut(0);
    xs = DenseKernels.rows(needed, layout.dimX());
    ys = DenseKernels.rows(needed, layout.dimY());
    xw = DenseKernels.rows(needed, h0);
    yw = DenseKernels.rows(needed, h0);
    gx = DenseKernels.rows(needed, h0);
    gy = DenseKernels.rows(needed, h0);
    xsTransposed = DenseKernels.rows(layout.dimX(), needed);
    ysTransposed = DenseKernels.rows(layout.dimY(), needed);
    nonZero = new int[Math.max(nonZero.length, needed)];
    rowCapacity = needed;
  }

  private void ensurePairs(int needed) {
    if (needed <= pairCapacity) {
      return;
    }
    for (int l = 0; l < last; l++) {
      hidden[l] = DenseKernels.rows(needed, layout.fanOut(l));
    }
    nonZero = new int[Math.max(nonZero.length, needed)];
    deltaA = DenseKernels.rows(needed, layout.maxHidden());
    deltaB = DenseKernels.rows(needed, layout.maxHidden());
    pairCapacity = needed;
  }
}
