package org.mine4j.estimators.critic.separable;

import static java.util.Objects.requireNonNull;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.mine4j.api.data.Samples;
import org.mine4j.api.network.PairIndex;
import org.mine4j.api.network.StatisticsNetwork;
import org.mine4j.estimators.critic.Activation;
import org.mine4j.estimators.critic.internal.DenseKernels;
import org.mine4j.estimators.critic.internal.MlpTower;
import org.mine4j.estimators.critic.internal.RowKernels;

/**
 * The separable critic T(x, y) = g(x)^T h(y) of Poole et al. 2019 ("On variational bounds of mutual
 * information"): g and h are two MLPs with the same hidden sizes and activation and a linear output
 * layer of size {@code embedding}. Both towers run once per sample row; each pair (x_i, y_j) then
 * costs one dot product of embeddings, and all K x K pairs of a batch are the matrix product G H^T.
 *
 * <p>Flat parameter layout: g's layers then h's; within a tower, for each layer l in order, W_l
 * row-major (fanIn x fanOut, so that Z_l = A_{l-1} W_l + b_l) then b_l. Initialisation follows
 * PyTorch's {@code nn.Linear} default: every W and b uniform in +-1/sqrt(fanIn), drawn in layout
 * order from a {@link SplittableRandom} seeded with the given seed.
 *
 * <p>Forward and backward are hand-derived plain-Java kernels on preallocated heap buffers;
 * training and evaluation ({@link #score}) use separate buffers. Not thread-safe: one instance per
 * thread.
 */
public final class SeparableCritic implements StatisticsNetwork {
  /** Sample rows run through the towers at a time by {@link #score}, bounding its memory. */
  private static final int SCORE_CHUNK = 1024;

  private final int dimX;
  private final int dimY;
  private final int[] hidden;
  private final int embedding;
  private final Activation activation;
  private final float[] params;
  private final float[] grads;
  private final FloatBuffer paramBuffer;
  private final FloatBuffer gradBuffer;
  private final Side training;
  private final Side evaluation;
  private float[] scores = new float[0];
  private int[] xRows;
  private int[] yRows;
  private int pairCount;
  private int trainingRows;
  private boolean trainingAllPairs;

  /** The towers of one pass and their row buffers. */
  private static final class Side {
    final MlpTower g;
    final MlpTower h;
    float[][] xs = new float[0][];
    float[][] ys = new float[0][];
    float[][] ge = new float[0][];
    float[][] he = new float[0][];
    float[][] dg = new float[0][];
    float[][] dh = new float[0][];
    float[][] heTransposed = new float[0][];
    float[][] scoreGradientRows = new float[0][];
    float[][] scoreGradientColumns = new float[0][];
    float[] scoreRow = new float[0];
    int[] nonZero = new int[0];
    int capacity;

    Side(MlpTower g, MlpTower h) {
      this.g = g;
      this.h = h;
    }

    void ensureRows(int rows, int dimX, int dimY, int embedding, boolean withGradients) {
      if (rows <= capacity) {
        return;
      }
      xs = DenseKernels.rows(rows, dimX);
      ys = DenseKernels.rows(rows, dimY);
      ge = DenseKernels.rows(rows, embedding);
      he = DenseKernels.rows(rows, embedding);
      if (withGradients) {
        dg = DenseKernels.rows(rows, embedding);
        dh = DenseKernels.rows(rows, embedding);
      }
      // Cleared: the all-pairs gradient rows are allocated on demand by the first all-pairs pass.
      scoreGradientRows = new float[0][];
      scoreGradientColumns = new float[0][];
      heTransposed = DenseKernels.rows(embedding, rows);
      scoreRow = new float[rows];
      nonZero = new int[Math.max(rows, embedding)];
      capacity = rows;
    }
  }

  /**
   * A critic for dimX- and dimY-dimensional inputs with weights drawn from {@code seed}.
   *
   * @throws IllegalArgumentException for non-positive dimensions, hidden sizes or embedding, or no
   *     hidden layer
   */
  public SeparableCritic(
      int dimX, int dimY, int[] hidden, int embedding, Activation activation, long seed) {
    requireNonNull(hidden, "hidden is null");
    this.activation = requireNonNull(activation, "activation is null");
    if (dimX <= 0 || dimY <= 0) {
      throw new IllegalArgumentException(
          "dimensions must be positive, found dimX=" + dimX + ", dimY=" + dimY);
    }
    // Validates hidden and embedding.
    new SeparableCriticOptions(hidden, embedding, activation);
    this.dimX = dimX;
    this.dimY = dimY;
    this.hidden = hidden.clone();
    this.embedding = embedding;
    int[] gWidths = widths(dimX, this.hidden, embedding);
    int[] hWidths = widths(dimY, this.hidden, embedding);
    int gCount = MlpTower.parameterCount(gWidths);
    int count = gCount + MlpTower.parameterCount(hWidths);
    this.params = new float[count];
    this.grads = new float[count];
    this.paramBuffer = FloatBuffer.wrap(params);
    this.gradBuffer = FloatBuffer.wrap(grads);
    this.training =
        new Side(new MlpTower(gWidths, activation, 0), new MlpTower(hWidths, activation, gCount));
    this.evaluation =
        new Side(new MlpTower(gWidths, activation, 0), new MlpTower(hWidths, activation, gCount));
    SplittableRandom random = new SplittableRandom(seed);
    initialise(training.g, random);
    initialise(training.h, random);
  }

  /** A critic with the given options. */
  public SeparableCritic(int dimX, int dimY, SeparableCriticOptions options, long seed) {
    this(
        dimX,
        dimY,
        requireNonNull(options, "options is null").hidden(),
        options.embedding(),
        options.activation(),
        seed);
  }

  /** The number of parameters of a separable critic with these dimensions and sizes. */
  public static int parameterCount(int dimX, int dimY, int[] hidden, int embedding) {
    return MlpTower.parameterCount(widths(dimX, hidden, embedding))
        + MlpTower.parameterCount(widths(dimY, hidden, embedding));
  }

  private static int[] widths(int input, int[] hidden, int embedding) {
    int[] widths = new int[hidden.length + 2];
    widths[0] = input;
    System.arraycopy(hidden, 0, widths, 1, hidden.length);
    widths[hidden.length + 1] = embedding;
    return widths;
  }

  private void initialise(MlpTower tower, SplittableRandom random) {
    for (int l = 0; l < tower.layers(); l++) {
      double bound = 1.0 / Math.sqrt(tower.fanIn(l));
      int start = tower.weightOffset(l);
      int end = start + (tower.fanIn(l) + 1) * tower.fanOut(l);
      for (int i = start; i < end; i++) {
        params[i] = (float) random.nextDouble(-bound, bound);
      }
    }
  }

  /** The hidden layer sizes of each tower (a copy). */
  public int[] hidden() {
    return hidden.clone();
  }

  /** The size of the embeddings g(x) and h(y). */
  public int embedding() {
    return embedding;
  }

  public Activation activation() {
    return activation;
  }

  @Override
  public int dimX() {
    return dimX;
  }

  @Override
  public int dimY() {
    return dimY;
  }

  @Override
  public int parameterCount() {
    return params.length;
  }

  @Override
  public FloatBuffer parameters() {
    return paramBuffer;
  }

  @Override
  public FloatBuffer gradients() {
    return gradBuffer;
  }

  /** {@inheritDoc} The returned array is reused by the next call with the same number of pairs. */
  @Override
  public float[] forward(Samples batch, PairIndex pairs) {
    requireNonNull(batch, "batch is null");
    requireNonNull(pairs, "pairs is null");
    int rows = batch.rows();
    checkBatch(batch, pairs);
    Side side = training;
    side.ensureRows(rows, dimX, dimY, embedding, true);
    copyRows(batch, side, 0, rows);
    side.g.load(params);
    side.h.load(params);
    side.g.forward(side.xs, 0, rows, side.ge);
    side.h.forward(side.ys, 0, rows, side.he);
    if (scores.length != pairs.size()) {
      scores = new float[pairs.size()];
    }
    trainingAllPairs = pairScores(side, rows, pairs, scores);
    xRows = pairs.xRows();
    yRows = pairs.yRows();
    pairCount = pairs.size();
    trainingRows = rows;
    return scores;
  }

  @Override
  public void backward(float[] scoreGradient) {
    requireNonNull(scoreGradient, "scoreGradient is null");
    if (xRows == null) {
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
    Side side = training;
    int rows = trainingRows;
    for (int r = 0; r < rows; r++) {
      Arrays.fill(side.dg[r], 0f);
      Arrays.fill(side.dh[r], 0f);
    }
    // dL/dG[i] = sum_{p: x_p = i} dS_p H[y_p]; dL/dH[j] = sum_{p: y_p = j} dS_p G[x_p]; for all
    // pairs, the products dS H and dS^T G.
    if (trainingAllPairs) {
      allPairsEmbeddingGradients(side, rows, scoreGradient);
    } else {
      pairEmbeddingGradients(side, scoreGradient);
    }
    side.g.backward(side.dg, grads);
    side.h.backward(side.dh, grads);
  }

  private void allPairsEmbeddingGradients(Side side, int rows, float[] scoreGradient) {
    if (side.scoreGradientRows.length < rows) {
      side.scoreGradientRows = DenseKernels.rows(rows, rows);
      side.scoreGradientColumns = DenseKernels.rows(rows, rows);
    }
    float[][] ds = side.scoreGradientRows;
    for (int i = 0; i < rows; i++) {
      System.arraycopy(scoreGradient, i * rows, ds[i], 0, rows);
    }
    RowKernels.multiplyAccumulate(ds, 0, rows, rows, side.he, embedding, side.dg, 0, side.nonZero);
    RowKernels.transpose(ds, rows, rows, side.scoreGradientColumns);
    RowKernels.multiplyAccumulate(
        side.scoreGradientColumns, 0, rows, rows, side.ge, embedding, side.dh, 0, side.nonZero);
  }

  private void pairEmbeddingGradients(Side side, float[] scoreGradient) {
    for (int p = 0; p < pairCount; p++) {
      float s = scoreGradient[p];
      if (s != 0f) {
        int i = xRows[p];
        int j = yRows[p];
        DenseKernels.accumulate1(side.dg[i], embedding, s, side.he[j]);
        DenseKernels.accumulate1(side.dh[j], embedding, s, side.ge[i]);
      }
    }
  }

  @Override
  public float[] score(Samples batch, PairIndex pairs) {
    requireNonNull(batch, "batch is null");
    requireNonNull(pairs, "pairs is null");
    int rows = batch.rows();
    checkBatch(batch, pairs);
    Side side = evaluation;
    side.ensureRows(rows, dimX, dimY, embedding, false);
    side.g.load(params);
    side.h.load(params);
    for (int from = 0; from < rows; from += SCORE_CHUNK) {
      int count = Math.min(SCORE_CHUNK, rows - from);
      copyRows(batch, side, from, count);
      side.g.forward(side.xs, from, count, side.ge);
      side.h.forward(side.ys, from, count, side.he);
    }
    float[] out = new float[pairs.size()];
    pairScores(side, rows, pairs, out);
    return out;
  }

  private void checkBatch(Samples batch, PairIndex pairs) {
    if (batch.dimX() != dimX || batch.dimY() != dimY) {
      throw new IllegalArgumentException(
          "the network takes dimX="
              + dimX
              + ", dimY="
              + dimY
              + " but the batch has dimX="
              + batch.dimX()
              + ", dimY="
              + batch.dimY());
    }
    int rows = batch.rows();
    int[] xs = pairs.xRows();
    int[] ys = pairs.yRows();
    for (int p = 0; p < xs.length; p++) {
      if (xs[p] < 0 || xs[p] >= rows || ys[p] < 0 || ys[p] >= rows) {
        throw new IndexOutOfBoundsException(
            "pair "
                + p
                + " = ("
                + xs[p]
                + ", "
                + ys[p]
                + ") is outside the batch of "
                + rows
                + " rows");
      }
    }
  }

  private static void copyRows(Samples batch, Side side, int from, int count) {
    for (int r = from; r < from + count; r++) {
      batch.copyX(r, side.xs[r], 0);
      batch.copyY(r, side.ys[r], 0);
    }
  }

  /**
   * S_p = G[x_p] . H[y_p]; the all-pairs layout is computed as the product G H^T.
   *
   * @return whether the pairs are the all-pairs layout
   */
  private boolean pairScores(Side side, int rows, PairIndex pairs, float[] out) {
    int[] xs = pairs.xRows();
    int[] ys = pairs.yRows();
    if (isAllPairs(xs, ys, rows)) {
      RowKernels.transpose(side.he, rows, embedding, side.heTransposed);
      float[] row = side.scoreRow;
      for (int i = 0; i < rows; i++) {
        Arrays.fill(row, 0, rows, 0f);
        RowKernels.rowTimesMatrix(
            side.ge[i], 0, embedding, side.heTransposed, rows, row, side.nonZero);
        System.arraycopy(row, 0, out, i * rows, rows);
      }
      return true;
    }
    for (int p = 0; p < xs.length; p++) {
      out[p] = DenseKernels.dot(side.ge[xs[p]], side.he[ys[p]], embedding);
    }
    return false;
  }

  /** Whether pair i*K + j is (i, j) for all i, j < K, as {@link PairIndex#allPairs} makes. */
  private static boolean isAllPairs(int[] xs, int[] ys, int rows) {
    if (rows == 0 || xs.length != (long) rows * rows) {
      return false;
    }
    int p = 0;
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < rows; j++, p++) {
        if (xs[p] != i || ys[p] != j) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public String description() {
    String widths =
        Arrays.stream(hidden).mapToObj(Integer::toString).collect(Collectors.joining("-"));
    return "separable g(x)^T h(y), towers "
        + dimX
        + "/"
        + dimY
        + "-"
        + widths
        + "-"
        + embedding
        + " "
        + activation.optionName();
  }

  @Override
  public String toString() {
    return description();
  }
}
