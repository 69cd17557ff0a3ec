package org.mine4j.estimators.critic.separable;

import java.util.Arrays;
import org.mine4j.api.data.Samples;
import org.mine4j.api.network.PairIndex;
import org.mine4j.estimators.critic.internal.DenseKernels;
import org.mine4j.estimators.critic.internal.MlpTower;
import org.mine4j.estimators.critic.internal.RowKernels;

/**
 * One pass (training or evaluation) of a separable critic g(x)^T h(y): its two towers and their row
 * buffers, the pair scores S_p = g(x_{x_p}) . h(y_{y_p}) (all K x K pairs as the product G H^T),
 * and the embedding gradients dL/dG and dL/dH of a score gradient. Buffers grow with the number of
 * rows; otherwise nothing is allocated. Not thread-safe.
 */
final class TowerPass {
  final MlpTower g;
  final MlpTower h;
  private final int dimX;
  private final int dimY;
  private final int embedding;
  float[][] xs = new float[0][];
  float[][] ys = new float[0][];
  float[][] ge = new float[0][];
  float[][] he = new float[0][];
  float[][] dg = new float[0][];
  float[][] dh = new float[0][];
  float[][] dx = new float[0][];
  float[][] dy = new float[0][];
  private float[][] heTransposed = new float[0][];
  private float[][] scoreGradientRows = new float[0][];
  private float[][] scoreGradientColumns = new float[0][];
  private float[] scoreRow = new float[0];
  private int[] nonZero = new int[0];
  private int capacity;

  TowerPass(MlpTower g, MlpTower h, int dimX, int dimY, int embedding) {
    this.g = g;
    this.h = h;
    this.dimX = dimX;
    this.dimY = dimY;
    this.embedding = embedding;
  }

  void ensureRows(int rows, boolean withGradients) {
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
      dx = DenseKernels.rows(rows, dimX);
      dy = DenseKernels.rows(rows, dimY);
    }
    // Cleared: the all-pairs gradient rows are allocated on demand by the first all-pairs pass.
    scoreGradientRows = new float[0][];
    scoreGradientColumns = new float[0][];
    heTransposed = DenseKernels.rows(embedding, rows);
    scoreRow = new float[rows];
    nonZero = new int[Math.max(rows, embedding)];
    capacity = rows;
  }

  /** Copies rows {@code from .. from+count)} of the batch into the tower inputs. */
  void copyRows(Samples batch, int from, int count) {
    for (int r = from; r < from + count; r++) {
      batch.copyX(r, xs[r], 0);
      batch.copyY(r, ys[r], 0);
    }
  }

  /** S_p = G[x_p] . H[y_p] for each pair, into {@code out}. */
  void pairScores(PairIndex pairs, float[] out) {
    for (int p = 0; p < pairs.size(); p++) {
      out[p] = DenseKernels.dot(ge[pairs.xRow(p)], he[pairs.yRow(p)], embedding);
    }
  }

  /** S[i][j] = G[i] . H[j] for all i, j < rows, row-major into {@code out}: the product G H^T. */
  void allPairScores(int rows, float[] out) {
    RowKernels.transpose(he, rows, embedding, heTransposed);
    float[] row = scoreRow;
    for (int i = 0; i < rows; i++) {
      Arrays.fill(row, 0, rows, 0f);
      RowKernels.rowTimesMatrix(ge[i], 0, embedding, heTransposed, rows, row, nonZero);
      System.arraycopy(row, 0, out, i * rows, rows);
    }
  }

  /**
   * Sets dG[i] = sum_{p: x_p = i} dS_p H[y_p] and dH[j] = sum_{p: y_p = j} dS_p G[x_p] for the
   * given pairs.
   */
  void pairEmbeddingGradients(int rows, PairIndex pairs, float[] scoreGradient) {
    clearEmbeddingGradients(rows);
    for (int p = 0; p < pairs.size(); p++) {
      float s = scoreGradient[p];
      if (s != 0f) {
        int i = pairs.xRow(p);
        int j = pairs.yRow(p);
        DenseKernels.accumulate1(dg[i], embedding, s, he[j]);
        DenseKernels.accumulate1(dh[j], embedding, s, ge[i]);
      }
    }
  }

  /** dG = dS H and dH = dS^T G for the all-pairs score gradient dS (rows x rows, row-major). */
  void allPairEmbeddingGradients(int rows, float[] scoreGradient) {
    clearEmbeddingGradients(rows);
    if (scoreGradientRows.length < rows) {
      scoreGradientRows = DenseKernels.rows(rows, rows);
      scoreGradientColumns = DenseKernels.rows(rows, rows);
    }
    float[][] ds = scoreGradientRows;
    for (int i = 0; i < rows; i++) {
      System.arraycopy(scoreGradient, i * rows, ds[i], 0, rows);
    }
    RowKernels.multiplyAccumulate(ds, 0, rows, rows, he, embedding, dg, 0, nonZero);
    RowKernels.transpose(ds, rows, rows, scoreGradientColumns);
    RowKernels.multiplyAccumulate(
        scoreGradientColumns, 0, rows, rows, ge, embedding, dh, 0, nonZero);
  }

  private void clearEmbeddingGradients(int rows) {
    for (int r = 0; r < rows; r++) {
      Arrays.fill(dg[r], 0f);
      Arrays.fill(dh[r], 0f);
    }
  }

  /** Copies the first {@code rows} rows of {@code src} (width {@code width}) row-major. */
  static void flatten(float[][] src, int rows, int width, float[] out) {
    for (int r = 0; r < rows; r++) {
      System.arraycopy(src[r], 0, out, r * width, width);
    }
  }
}
