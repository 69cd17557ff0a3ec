package org.mine4j.estimators.bounds;

import java.util.Objects;
import org.mine4j.api.bound.Bound;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.bound.Scores;

/**
 * ReMINE-J (Choi &amp; Lee 2020, "Regularized Mutual Information Neural Estimation"): trains
 * exactly as {@link ReMineBound} (loss = -I_DV + lambda d(LME_marg T, C)) but reports only the
 * joint term, I = mean_joint T - C. The penalty pins LME_marg T to C, so the joint term alone
 * estimates I_DV without the noise of the log-partition term (whose variance grows like e^I/K).
 *
 * <p>Choice, checked against the authors' reference code (their {@code imine_j_lower_bound} returns
 * {@code joint - marg - reg + stop_gradient(reg + marg)}: the ReMINE gradient with the value {@code
 * mean diag(S)}, C = 0 there): ReMINE-J is not a JS-trained critic; the "J" is the joint-term
 * report. We subtract C so that a non-zero target keeps the same meaning. Not a guaranteed lower
 * bound: it equals I_DV only where the penalty holds LME at C, so compare it with {@link
 * ReMineBound}'s value on the same critic when in doubt. Shuffle negatives by default.
 */
public final class ReMineJointBound implements Bound {
  private final ReMineBound training;

  public ReMineJointBound(ReMineBound training) {
    this.training = Objects.requireNonNull(training, "training is null");
  }

  @Override
  public String name() {
    return training.name().replace("ReMINE", "ReMINE-J") + ", joint-term report";
  }

  @Override
  public Negatives negatives() {
    return training.negatives();
  }

  @Override
  public double value(Scores scores) {
    return LogMeanExp.meanJoint(scores) - training.target();
  }

  /** The gradient of mean_joint T - C: 1/K at the joints, 0 at the marginals. */
  @Override
  public double valueGradient(Scores scores, float[] gradient) {
    java.util.Arrays.fill(gradient, 0f);
    float g = 1f / scores.batchSize();
    for (int i = 0; i < scores.batchSize(); i++) {
      gradient[scores.jointIndex(i)] = g;
    }
    return value(scores);
  }

  @Override
  public double trainingLoss(Scores scores, float[] gradient) {
    return training.trainingLoss(scores, gradient);
  }
}
