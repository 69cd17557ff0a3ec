package org.mine4j.estimators.bounds;

import org.mine4j.api.bound.Bound;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.bound.Scores;

/**
 * The NWJ bound (Nguyen, Wainwright &amp; Jordan 2010; "MINE-f" in Belghazi et al. 2018, eq. 22):
 * I_NWJ = mean_i T(x_i, y_i) - mean_marg e^{T - 1}. Unbiased minibatch gradient, no ceiling, but
 * variance growing like e^I / K (Song &amp; Ermon 2020, Theorem 2). Tight at T = 1 + log
 * p(x,y)/(p(x)p(y)).
 */
public final class NwjBound implements Bound {
  public static final String NAME = "NWJ (f-divergence, MINE-f)";

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
    return LogMeanExp.meanJoint(scores) - meanExpMinusOne(scores);
  }

  /** Trains on exactly -value, so the value gradient is the negated (pure) loss gradient. */
  @Override
  public double valueGradient(Scores scores, float[] gradient) {
    return LogMeanExp.negated(trainingLoss(scores, gradient), gradient);
  }

  @Override
  public double trainingLoss(Scores scores, float[] gradient) {
    LogMeanExp.negativeMeanJointGradient(scores, gradient);
    LogMeanExp.marginalGradient(scores, 1.0, gradient);
    return -value(scores);
  }

  private static double meanExpMinusOne(Scores scores) {
    double sum = 0;
    for (int k = 0; k < scores.marginalCount(); k++) {
      sum += Math.exp(scores.marginal(k) - 1.0);
    }
    return sum / scores.marginalCount();
  }
}
