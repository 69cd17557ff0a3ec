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
import org.mine4j.estimators.critic.internal.MlpTower;
import org.mine4j.estimators.critic.internal.PairChecks;

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
  private final TowerPass training;
  private final TowerPass evaluation;
  private float[] scores = new float[0];
  private PairIndex pairs;
  private int pairCount;
  private int trainingRows;
  private boolean trainingAllPairs;

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
    this.training = pass(gWidths, hWidths, gCount);
    this.evaluation = pass(gWidths, hWidths, gCount);
    SplittableRandom random = new SplittableRandom(seed);
    initialise(training.g, random);
    initialise(training.h, random);
  }

  private TowerPass pass(int[] gWidths, int[] hWidths, int gCount) {
    return new TowerPass(
        new MlpTower(gWidths, activation, 0),
        new MlpTower(hWidths, activation, gCount),
        dimX,
        dimY,
        embedding);
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
    TowerPass side = training;
    side.ensureRows(rows, true);
    side.copyRows(batch, 0, rows);
    side.g.load(params);
    side.h.load(params);
    side.g.forward(side.xs, 0, rows, side.ge);
    side.h.forward(side.ys, 0, rows, side.he);
    if (scores.length != pairs.size()) {
      scores = new float[pairs.size()];
    }
    trainingAllPairs = pairScores(side, rows, pairs, scores);
    this.pairs = pairs;
    pairCount = pairs.size();
    trainingRows = rows;
    return scores;
  }

  @Override
  public void backward(float[] scoreGradient) {
    backPropagate(scoreGradient, false);
  }

  @Override
  public void backward(float[] scoreGradient, float[] xGradient, float[] yGradient) {
    requireNonNull(xGradient, "xGradient is null");
    requireNonNull(yGradient, "yGradient is null");
    PairChecks.requireInputGradient(xGradient, trainingRows, dimX, "xGradient");
    PairChecks.requireInputGradient(yGradient, trainingRows, dimY, "yGradient");
    backPropagate(scoreGradient, true);
    TowerPass.flatten(training.dx, trainingRows, dimX, xGradient);
    TowerPass.flatten(training.dy, trainingRows, dimY, yGradient);
  }

  @Override
  public boolean hasInputGradients() {
    return true;
  }

  /** dL/dG and dL/dH from the score gradient, then through both towers (and to their inputs). */
  private void backPropagate(float[] scoreGradient, boolean toInputs) {
    requireNonNull(scoreGradient, "scoreGradient is null");
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
    TowerPass side = training;
    if (trainingAllPairs) {
      side.allPairEmbeddingGradients(trainingRows, scoreGradient);
    } else {
      side.pairEmbeddingGradients(trainingRows, pairs, scoreGradient);
    }
    side.g.backward(side.dg, grads, toInputs ? side.dx : null);
    side.h.backward(side.dh, grads, toInputs ? side.dy : null);
  }

  @Override
  public float[] score(Samples batch, PairIndex pairs) {
    requireNonNull(batch, "batch is null");
    requireNonNull(pairs, "pairs is null");
    int rows = batch.rows();
    checkBatch(batch, pairs);
    TowerPass side = evaluation;
    side.ensureRows(rows, false);
    side.g.load(params);
    side.h.load(params);
    for (int from = 0; from < rows; from += SCORE_CHUNK) {
      int count = Math.min(SCORE_CHUNK, rows - from);
      side.copyRows(batch, from, count);
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
    PairChecks.requireInBatch(pairs, 0, pairs.size(), batch.rows());
  }

  /**
   * S_p = G[x_p] . H[y_p]; the all-pairs layout is computed as the product G H^T.
   *
   * @return whether the pairs are the all-pairs layout
   */
  private boolean pairScores(TowerPass side, int rows, PairIndex pairs, float[] out) {
    if (pairs.isAllPairs() && pairs.size() == rows * rows) {
      side.allPairScores(rows, out);
      return true;
    }
    side.pairScores(pairs, out);
    return false;
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
