package org.mine4j.estimators.bounds;

import org.mine4j.api.bound.Bound;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.bound.Scores;

/**
 * The Donsker-Varadhan bound, trained with its plain (biased) minibatch gradient: I_DV = mean_i
 * T(x_i, y_i) - LME_marg T, LME computed stably (Donsker &amp; Varadhan 1983; "MINE-biased" in
 * Belghazi et al. 2018, eq. 10). Tight for T = log p(x,y)/(p(x)p(y)) + c; no ceiling, but its
 * variance grows like (e^I - 1)/K (Song &amp; Ermon 2020).
 */
public final class DvBound implements Bound {
  public static final String NAME = "DV (Donsker-Varadhan)";

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

  @Override
  public double trainingLoss(Scores scores, float[] gradient) {
    double lme = LogMeanExp.ofMarginals(scores);
    LogMeanExp.negativeMeanJointGradient(scores, gradient);
    LogMeanExp.marginalGradient(scores, lme, gradient);
    return -(LogMeanExp.meanJoint(scores) - lme);
  }
}
