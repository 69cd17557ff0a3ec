package org.mine4j.estimators.training;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.mine4j.api.bound.Bound;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.bound.Scores;
import org.mine4j.api.data.Samples;
import org.mine4j.api.network.PairIndex;

/**
 * Evaluates a bound on held-out samples, never on training batches (the estimate of a critic on the
 * rows it was fitted to is biased up).
 *
 * <p>With shuffle negatives the whole held-out set is one batch of K = N rows: the value is the
 * mean over {@code shuffles} random permutations of y, and the 95% interval is a percentile
 * bootstrap that resamples joint rows and marginal pairs. The critic scores the pairs in chunks of
 * {@value #CHUNK_ROWS} rows, so memory stays bounded whatever N is (the scores are the same). With
 * all-pairs negatives the set is cut into batches of the training batch size (the bound's ceiling
 * depends on it); the value is the mean over batches and the interval a normal interval over batch
 * values, which needs two batches at least: with one, the interval is NaN (none).
 */
final class HeldOutEvaluator {
  private static final int SHUFFLES = 4;
  private static final int BOOTSTRAP_REPLICATES = 400;

  /** Held-out rows scored per call of the critic (2 pairs per row). */
  static final int CHUNK_ROWS = 1 << 15;

  /** The held-out value, its 95% interval, and the batch size K it was computed with. */
  record Evaluation(double value, double ciLow, double ciHigh, int batchSize) {}

  private HeldOutEvaluator() {}

  static Evaluation evaluate(
      ScoringModel model,
      Bound bound,
      Samples heldOut,
      Negatives negatives,
      int trainingBatchSize,
      SplittableRandom random,
      boolean withInterval) {
    return negatives == Negatives.SHUFFLE
        ? shuffled(model, bound, heldOut, random, withInterval)
        : allPairs(model, bound, heldOut, trainingBatchSize);
  }

  private static Evaluation shuffled(
      ScoringModel model,
      Bound bound,
      Samples heldOut,
      SplittableRandom random,
      boolean withInterval) {
    int n = heldOut.rows();
    float[] joint = null;
    float[] marginalPool = new float[SHUFFLES * n];
    double sum = 0;
    for (int s = 0; s < SHUFFLES; s++) {
      float[] values = scoreShuffled(model, heldOut, Permutations.random(n, random), CHUNK_ROWS);
      if (joint == null) {
        joint = Arrays.copyOfRange(values, 0, n);
      } else {
        System.arraycopy(joint, 0, values, 0, n); // same network, same rows: identical joint scores
      }
      System.arraycopy(values, n, marginalPool, s * n, n);
      sum += bound.value(new Scores(values, n, Negatives.SHUFFLE));
    }
    double value = sum / SHUFFLES;
    if (!withInterval) {
      return new Evaluation(value, Double.NaN, Double.NaN, n);
    }
    double[] replicates = new double[BOOTSTRAP_REPLICATES];
    float[] resampled = new float[2 * n];
    for (int b = 0; b < BOOTSTRAP_REPLICATES; b++) {
      for (int i = 0; i < n; i++) {
        resampled[i] = joint[random.nextInt(n)];
        resampled[n + i] = marginalPool[random.nextInt(marginalPool.length)];
      }
      replicates[b] = bound.value(new Scores(resampled, n, Negatives.SHUFFLE));
    }
    Arrays.sort(replicates);
    return new Evaluation(
        value,
        replicates[(int) Math.floor(0.025 * (BOOTSTRAP_REPLICATES - 1))],
        replicates[(int) Math.ceil(0.975 * (BOOTSTRAP_REPLICATES - 1))],
        n);
  }

  /**
   * Joint scores T(x_i, y_i), then shuffled ones T(x_i, y_perm[i]), scoring {@code chunkRows} rows
   * per call of the critic.
   */
  static float[] scoreShuffled(
      ScoringModel model, Samples heldOut, int[] permutation, int chunkRows) {
    int n = heldOut.rows();
    if (n <= chunkRows) {
      return model.critic().score(heldOut, PairIndex.jointAndShuffled(permutation));
    }
    float[] values = new float[2 * n];
    for (int from = 0; from < n; from += chunkRows) {
      int m = Math.min(chunkRows, n - from);
      int[] rows = new int[2 * m];
      int[] xs = new int[2 * m];
      int[] ys = new int[2 * m];
      for (int r = 0; r < m; r++) {
        rows[r] = from + r;
        rows[m + r] = permutation[from + r];
        xs[r] = r;
        ys[r] = r;
        xs[m + r] = r;
        ys[m + r] = m + r;
      }
      float[] chunk = model.critic().score(heldOut.select(rows), new PairIndex(xs, ys));
      System.arraycopy(chunk, 0, values, from, m);
      System.arraycopy(chunk, m, values, n + from, m);
    }
    return values;
  }

  private static Evaluation allPairs(
      ScoringModel model, Bound bound, Samples heldOut, int batchSize) {
    int k = Math.min(batchSize, heldOut.rows());
    int batches = heldOut.rows() / k;
    PairIndex pairs = PairIndex.allPairs(k);
    double sum = 0;
    double sumSquares = 0;
    for (int b = 0; b < batches; b++) {
      double v =
          bound.value(
              model.score(heldOut.slice(b * k, (b + 1) * k), pairs, k, Negatives.ALL_PAIRS));
      sum += v;
      sumSquares += v * v;
    }
    double mean = sum / batches;
    double halfWidth =
        batches > 1
            ? 1.96
                * Math.sqrt(
                    Math.max(0, (sumSquares - batches * mean * mean) / (batches - 1)) / batches)
            : Double.NaN;
    return new Evaluation(mean, mean - halfWidth, mean + halfWidth, k);
  }
}
