package org.mine4j.estimators.bounds;

import org.mine4j.api.bound.Scores;

/**
 * Numerically stable log-mean-exp of the marginal scores, LME(S) = logsumexp(S) - ln |S| (SPEC
 * conventions): the unstabilised log(mean(exp(T))) of the Python originals overflows to infinity
 * and NaN.
 */
final class LogMeanExp {
  private LogMeanExp() {}

  /** The maximum marginal score (the shift that makes the exponentials safe). */
  static double maxMarginal(Scores scores) {
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < scores.marginalCount(); k++) {
      max = Math.max(max, scores.marginal(k));
    }
    return max;
  }

  /** log mean_k exp(T_k) over the marginal scores. */
  static double ofMarginals(Scores scores) {
    double max = maxMarginal(scores);
    if (Double.isInfinite(max)) {
      return max;
    }
    double sum = 0;
    for (int k = 0; k < scores.marginalCount(); k++) {
      sum += Math.exp(scores.marginal(k) - max);
    }
    return max + Math.log(sum) - Math.log(scores.marginalCount());
  }

  /** Mean of the joint scores. */
  static double meanJoint(Scores scores) {
    double sum = 0;
    for (int i = 0; i < scores.batchSize(); i++) {
      sum += scores.joint(i);
    }
    return sum / scores.batchSize();
  }

  /** Writes -1/K at every joint index (the gradient of -mean joint). */
  static void negativeMeanJointGradient(Scores scores, float[] gradient) {
    float g = -1f / scores.batchSize();
    for (int i = 0; i < scores.batchSize(); i++) {
      gradient[scores.jointIndex(i)] = g;
    }
  }

  /**
   * Writes exp(T_k - logNormaliser) / M at every marginal index: the gradient of LME when
   * logNormaliser = LME (then it is the softmax), or MINE's corrected gradient when it is the log
   * of the moving average.
   */
  static void marginalGradient(Scores scores, double logNormaliser, float[] gradient) {
    int m = scores.marginalCount();
    for (int k = 0; k < m; k++) {
      gradient[scores.marginalIndex(k)] =
          (float) (Math.exp(scores.marginal(k) - logNormaliser) / m);
    }
  }

  /**
   * Writes the gradient of mean joint T - log(mean_k e^{T_k}) as it is used with a log-normaliser:
   * +1/K at every joint index and -e^{T_k - logNormaliser}/M at every marginal index. With
   * logNormaliser = LME of the marginals it is the exact gradient of the Donsker-Varadhan value;
   * with the log of MINE's moving average it is MINE's corrected gradient.
   */
  static void dvValueGradient(Scores scores, double logNormaliser, float[] gradient) {
    float g = 1f / scores.batchSize();
    for (int i = 0; i < scores.batchSize(); i++) {
      gradient[scores.jointIndex(i)] = g;
    }
    int m = scores.marginalCount();
    for (int k = 0; k < m; k++) {
      gradient[scores.marginalIndex(k)] =
          (float) (-Math.exp(scores.marginal(k) - logNormaliser) / m);
    }
  }

  /**
   * For a bound trained on exactly -value with a pure loss: turns the loss gradient into the value
   * gradient in place and returns the value.
   */
  static double negated(double loss, float[] gradient) {
    for (int i = 0; i < gradient.length; i++) {
      gradient[i] = -gradient[i];
    }
    return -loss;
  }

  /** log mean_k exp(clip(T_k, -tau, tau)) over the marginal scores (tau may be infinite). */
  static double ofClippedMarginals(Scores scores, double tau) {
    int m = scores.marginalCount();
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < m; k++) {
      max = Math.max(max, clip(scores.marginal(k), tau));
    }
    if (Double.isInfinite(max)) {
      return max;
    }
    double sum = 0;
    for (int k = 0; k < m; k++) {
      sum += Math.exp(clip(scores.marginal(k), tau) - max);
    }
    return max + Math.log(sum) - Math.log(m);
  }

  /** Clips a score to [-tau, tau]. */
  static double clip(double score, double tau) {
    return Math.max(-tau, Math.min(tau, score));
  }

  /** logsumexp_j S[i][j] of row i of an all-pairs score matrix (values[i*K + j] = T(x_i, y_j)). */
  static double rowLogSumExp(Scores scores, int row) {
    int k = scores.batchSize();
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < k; j++) {
      max = Math.max(max, scores.value(row * k + j));
    }
    if (Double.isInfinite(max)) {
      return max;
    }
    double sum = 0;
    for (int j = 0; j < k; j++) {
      sum += Math.exp(scores.value(row * k + j) - max);
    }
    return max + Math.log(sum);
  }

  /** softplus(x) = ln(1 + e^x), never overflowing: x + ln(1 + e^-x) for x &gt; 0. */
  static double softplus(double x) {
    return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
  }

  /** The logistic sigmoid 1 / (1 + e^-x), the derivative of softplus, stable for any x. */
  static double sigmoid(double x) {
    if (x >= 0) {
      return 1 / (1 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1 + e);
  }
}
