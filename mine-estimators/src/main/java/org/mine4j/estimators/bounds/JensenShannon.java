package org.mine4j.estimators.bounds;

import org.mine4j.api.bound.Scores;

/**
 * The Jensen-Shannon f-GAN training objective shared by the JS-trained estimators (Nowozin et al.
 * 2016; used for MI by Poole et al. 2019 and Song &amp; Ermon 2020): J = mean_joint[-softplus(-T)]
 * - mean_marg softplus(T). It is maximised by T = log p(x,y)/(p(x)p(y)), the critic the reported
 * bounds need, with a gradient whose variance does not grow with e^I.
 */
final class JensenShannon {
  private JensenShannon() {}

  /** The objective J on the scores (either layout). */
  static double objective(Scores scores) {
    double joint = 0;
    for (int i = 0; i < scores.batchSize(); i++) {
      joint -= LogMeanExp.softplus(-scores.joint(i));
    }
    double marginal = 0;
    for (int k = 0; k < scores.marginalCount(); k++) {
      marginal += LogMeanExp.softplus(scores.marginal(k));
    }
    return joint / scores.batchSize() - marginal / scores.marginalCount();
  }

  /** Writes d(-J)/d(score) into {@code gradient} and returns the loss -J. */
  static double loss(Scores scores, float[] gradient) {
    int k = scores.batchSize();
    for (int i = 0; i < k; i++) {
      gradient[scores.jointIndex(i)] = (float) (-LogMeanExp.sigmoid(-scores.joint(i)) / k);
    }
    int m = scores.marginalCount();
    for (int q = 0; q < m; q++) {
      gradient[scores.marginalIndex(q)] = (float) (LogMeanExp.sigmoid(scores.marginal(q)) / m);
    }
    return -objective(scores);
  }
}
