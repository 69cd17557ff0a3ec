package org.mine4j.estimators.bounds;

import org.mine4j.api.bound.Negatives;
import org.mine4j.api.bound.Scores;

/**
 * One evaluation of {@link InterpolatedBound} on a K×K score matrix: the leave-one-out log-sum-exp
 * of every column (exact, from prefix and suffix log-sum-exps, so no cancellation), the
 * interpolated log-baselines log a[r][c] and their mixing weights, then the value and, on request,
 * the gradient of −I_α with respect to every score and every log-baseline b(y_c).
 */
final class InterpolatedPass {
  private final Scores scores;
  private final int k;
  private final double[][] leaveOneOut; // [c][r] = log sum_{l != r} e^{S[l][c]}
  private final double[][] logA; // [c][r] = log a[r][c]
  private final double[][] weight; // [c][r] = share of the InfoNCE branch in a[r][c]
  private final boolean withBaseline;

  InterpolatedPass(Scores scores, double logAlpha, double logOneMinusAlpha, boolean withBaseline) {
    if (scores.layout() != Negatives.ALL_PAIRS || scores.batchSize() < 2) {
      throw new IllegalArgumentException(
          "the interpolated bound needs all-pairs scores of a batch of at least 2, found "
              + scores.layout()
              + " with K="
              + scores.batchSize());
    }
    if (withBaseline && !scores.hasBaseline()) {
      throw new IllegalArgumentException(
          "the interpolated bound with alpha < 1 needs baseline values b(y) in its scores");
    }
    this.scores = scores;
    this.k = scores.batchSize();
    this.withBaseline = withBaseline;
    this.leaveOneOut = new double[k][k];
    this.logA = new double[k][k];
    this.weight = new double[k][k];
    double logMeanScale = Math.log(k - 1);
    double[] prefix = new double[k + 1];
    double[] suffix = new double[k + 1];
    for (int c = 0; c < k; c++) {
      prefix[0] = Double.NEGATIVE_INFINITY;
      suffix[k] = Double.NEGATIVE_INFINITY;
      for (int r = 0; r < k; r++) {
        prefix[r + 1] = logAddExp(prefix[r], s(r, c));
        suffix[k - 1 - r] = logAddExp(suffix[k - r], s(k - 1 - r, c));
      }
      double baseline = withBaseline ? logOneMinusAlpha + scores.logBaseline(c) : 0;
      for (int r = 0; r < k; r++) {
        double loo = logAddExp(prefix[r], suffix[r + 1]);
        leaveOneOut[c][r] = loo;
        double nceBranch = logAlpha + loo - logMeanScale;
        double mixed = withBaseline ? logAddExp(nceBranch, baseline) : nceBranch;
        logA[c][r] = mixed;
        weight[c][r] = withBaseline ? Math.exp(nceBranch - mixed) : 1.0;
      }
    }
  }

  double value() {
    double joint = 0;
    double marginal = 0;
    for (int c = 0; c < k; c++) {
      double diagonal = s(c, c);
      for (int r = 0; r < k; r++) {
        if (r != c) {
          joint += diagonal - logA[c][r];
          marginal += Math.exp(s(r, c) - logA[c][c]);
        }
      }
    }
    double pairs = (double) k * (k - 1);
    return 1 + joint / pairs - marginal / pairs;
  }

  /** Writes d(−I_α)/d(score) into {@code gradient[0, K²)} and d(−I_α)/d b(y_c) after it. */
  void gradientOfNegative(float[] gradient) {
    double pairs = (double) k * (k - 1);
    double[] column = new double[k]; // d I / d S[.][c]
    double[] logAGradient = new double[k]; // d I / d log a[.][c]
    for (int c = 0; c < k; c++) {
      double expSum = 0;
      for (int r = 0; r < k; r++) {
        if (r == c) {
          column[r] = 1.0 / k;
        } else {
          double term = Math.exp(s(r, c) - logA[c][c]) / pairs;
          column[r] = -term;
          expSum += term;
          logAGradient[r] = -1.0 / pairs;
        }
      }
      logAGradient[c] = expSum;
      double baselineGradient = 0;
      for (int r = 0; r < k; r++) {
        baselineGradient += logAGradient[r] * (1 - weight[c][r]);
        logAGradient[r] *= weight[c][r]; // now d I / d l[r][c]
      }
      addLeaveOneOutGradient(c, logAGradient, column);
      for (int r = 0; r < k; r++) {
        gradient[r * k + c] = (float) -column[r];
      }
      if (withBaseline) {
        gradient[k * k + c] = (float) -baselineGradient;
      }
    }
  }

  /**
   * Adds sum_{r≠l} g[r] ∂l[r][c]/∂S[l][c] = sum_{r≠l} g[r] e^{S[l][c] − LOO[r]} to {@code
   * column[l]}, in O(K): relative to the column maximum M (row m), every factor e^{M − LOO[r]} with
   * r ≠ m is at most 1, and row m's own term is added separately.
   */
  private void addLeaveOneOutGradient(int c, double[] g, double[] column) {
    int top = 0;
    for (int r = 1; r < k; r++) {
      if (s(r, c) > s(top, c)) {
        top = r;
      }
    }
    double max = s(top, c);
    double[] scaled = new double[k];
    double total = 0;
    for (int r = 0; r < k; r++) {
      if (r != top) {
        scaled[r] = g[r] * Math.exp(max - leaveOneOut[c][r]);
        total += scaled[r];
      }
    }
    for (int l = 0; l < k; l++) {
      double others = total - scaled[l]; // scaled[top] is 0
      double add = Math.exp(s(l, c) - max) * others;
      if (l != top) {
        add += g[top] * Math.exp(s(l, c) - leaveOneOut[c][top]);
      }
      column[l] += add;
    }
  }

  private double s(int r, int c) {
    return scores.value(r * k + c);
  }

  private static double logAddExp(double a, double b) {
    if (a == Double.NEGATIVE_INFINITY) {
      return b;
    }
    if (b == Double.NEGATIVE_INFINITY) {
      return a;
    }
    double max = Math.max(a, b);
    return max + Math.log1p(Math.exp(-Math.abs(a - b)));
  }
}
