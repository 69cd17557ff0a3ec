package org.mine4j.estimators.bounds;

import org.mine4j.api.bound.Bound;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.bound.Scores;

/**
 * A critic trained on the Jensen-Shannon f-GAN objective, reported as NWJ of the shifted critic T +
 * 1 (Poole et al. 2019, section 2.3; Song &amp; Ermon 2020, "JS" estimator): trains on
 * mean_joint[-softplus(-T)] - mean_marg softplus(T), reports I = mean_joint (T + 1) - mean_marg
 * e^T. The JS optimum is T = log p(x,y)/(p(x)p(y)), where the reported NWJ value is tight; the
 * report still has NWJ's e^I/K variance. All-pairs negatives by default.
 */
public final class JsBound implements Bound {
  public static final String NAME = "JS-trained, NWJ-evaluated";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Negatives negatives() {
    return Negatives.ALL_PAIRS;
  }

  @Override
  public double value(Scores scores) {
    double sum = 0;
    for (int k = 0; k < scores.marginalCount(); k++) {
      sum += Math.exp(scores.marginal(k));
    }
    return LogMeanExp.meanJoint(scores) + 1 - sum / scores.marginalCount();
  }

  /** d/dT of mean_joint (T + 1) - mean_marg e^T: 1/K at the joints, -e^T/M at the marginals. */
  @Override
  public double valueGradient(Scores scores, float[] gradient) {
    LogMeanExp.dvValueGradient(scores, 0.0, gradient);
    return value(scores);
  }

  @Override
  public double trainingLoss(Scores scores, float[] gradient) {
    return JensenShannon.loss(scores, gradient);
  }
}
