package org.mine4j.estimators.bounds;

import org.mine4j.api.bound.Bound;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.bound.Scores;

/**
 * MINE: the Donsker-Varadhan value with the bias-corrected gradient of Belghazi et al. 2018
 * (section 3.2, SPEC 2.2). The gradient of the log-partition term, mean_j e^{T_j} grad T_j / mean_j
 * e^{T_j}, has its denominator replaced by an exponential moving average m_t = (1 - alpha) m_{t-1}
 * + alpha mean_j e^{T_j}, kept in log space (log m_t through logaddexp) so that it never overflows.
 * The reported value is I_DV on the batch; only {@link #trainingLoss} updates the average, so
 * evaluation never changes it. The first batch initialises m. One instance per training run.
 */
public final class MineBound implements Bound {
  public static final String NAME = "DV (MINE, moving-average gradient)";
  private final double alpha;
  private double logMovingAverage = Double.NaN;

  /**
   * @param alpha the moving-average rate in (0, 1] (0.01 in the MINE authors' code; 1 gives back
   *     the biased DV gradient)
   */
  public MineBound(double alpha) {
    if (!(alpha > 0 && alpha <= 1)) {
      throw new IllegalArgumentException("ema-decay must be in (0, 1], found " + alpha);
    }
    this.alpha = alpha;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Negatives negatives() {
    return Negatives.SHUFFLE;
  }

  @Override
  public double value(Scores scores) {
    return LogMeanExp.meanJoint(scores) - LogMeanExp.ofMarginals(scores);
  }

  @Override
  public double valueGradient(Scores scores, float[] gradient) {
    double lme = LogMeanExp.ofMarginals(scores);
    LogMeanExp.dvValueGradient(scores, lme, gradient);
    return LogMeanExp.meanJoint(scores) - lme;
  }

  /**
   * MINE's bias-corrected gradient for the model side (Belghazi et al. 2018, section 3.2): the
   * Donsker-Varadhan gradient with the partition function's batch estimate replaced by the moving
   * average m_t of the critic steps so far, mean_joint grad T - mean_marg e^T grad T / m_t. Reads
   * m_t without advancing it (before the first critic step, the batch's own estimate is used).
   */
  @Override
  public double modelGradient(Scores scores, float[] gradient) {
    double lme = LogMeanExp.ofMarginals(scores);
    double normaliser = Double.isNaN(logMovingAverage) ? lme : logMovingAverage;
    LogMeanExp.dvValueGradient(scores, normaliser, gradient);
    return LogMeanExp.meanJoint(scores) - lme;
  }

  @Override
  public double trainingLoss(Scores scores, float[] gradient) {
    double lme = LogMeanExp.ofMarginals(scores);
    if (Double.isNaN(logMovingAverage)) {
      logMovingAverage = lme;
    } else {
      logMovingAverage = logAddExp(Math.log1p(-alpha) + logMovingAverage, Math.log(alpha) + lme);
    }
    LogMeanExp.negativeMeanJointGradient(scores, gradient);
    LogMeanExp.marginalGradient(scores, logMovingAverage, gradient);
    return -(LogMeanExp.meanJoint(scores) - lme);
  }

  /**
   * log m_t, the moving average of the batch partition function in log space (NaN before the first
   * step).
   */
  public double logMovingAverage() {
    return logMovingAverage;
  }

  static double logAddExp(double a, double b) {
    if (a == Double.NEGATIVE_INFINITY) {
      return b;
    }
    if (b == Double.NEGATIVE_INFINITY) {
      return a;
    }
    double max = Math.max(a, b);
    return max + Math.log(Math.exp(a - max) + Math.exp(b - max));
  }
}
