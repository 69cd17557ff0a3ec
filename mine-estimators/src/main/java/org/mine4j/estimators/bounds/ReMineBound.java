package org.mine4j.estimators.bounds;

import java.util.Locale;
import java.util.Objects;
import org.mine4j.api.bound.Bound;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.bound.Scores;

/**
 * ReMINE (Choi &amp; Lee 2020, "Regularized Mutual Information Neural Estimation"): the
 * Donsker-Varadhan bound with a penalty that pins its log-partition term to a constant, loss =
 * -I_DV + lambda d(LME_marg T, C), d squared (default) or absolute. DV is invariant to T + c, so
 * the critic drifts along that direction and the estimate diverges; the penalty removes the drift.
 * The reported value is I_DV without the penalty (SPEC section 7: never fold a regulariser into the
 * MI). Shuffle negatives by default, as for DV.
 */
public final class ReMineBound implements Bound {
  /** The penalty's distance d(L, C). */
  public enum Distance {
    SQUARED,
    ABSOLUTE;

    /** Parses {@code squared} or {@code absolute}. */
    public static Distance parse(String text) {
      return switch (text.trim().toLowerCase(Locale.ROOT)) {
        case "squared" -> SQUARED;
        case "absolute" -> ABSOLUTE;
        default ->
            throw new IllegalArgumentException(
                "distance must be squared or absolute, found '" + text + "'");
      };
    }

    double of(double difference) {
      return this == SQUARED ? difference * difference : Math.abs(difference);
    }

    double derivative(double difference) {
      return this == SQUARED ? 2 * difference : Math.signum(difference);
    }
  }

  private final double lambda;
  private final double target;
  private final Distance distance;

  /**
   * @param lambda the penalty weight, finite and non-negative (0 gives back DV)
   * @param target C, the value the log-partition term is pulled to, finite
   * @param distance squared or absolute
   */
  public ReMineBound(double lambda, double target, Distance distance) {
    if (!(lambda >= 0) || Double.isInfinite(lambda)) {
      throw new IllegalArgumentException("lambda must be a non-negative number, found " + lambda);
    }
    if (!Double.isFinite(target)) {
      throw new IllegalArgumentException("target must be a finite number, found " + target);
    }
    this.lambda = lambda;
    this.target = target;
    this.distance = Objects.requireNonNull(distance, "distance is null");
  }

  @Override
  public String name() {
    return "ReMINE (DV + "
        + lambda
        + " x "
        + distance.name().toLowerCase(Locale.ROOT)
        + " penalty)";
  }

  @Override
  public Negatives negatives() {
    return Negatives.SHUFFLE;
  }

  /** C, the target of the log-partition term. */
  public double target() {
    return target;
  }

  @Override
  public double value(Scores scores) {
    return LogMeanExp.meanJoint(scores) - LogMeanExp.ofMarginals(scores);
  }

  /** The gradient of I_DV, without the penalty (which is not part of the value). */
  @Override
  public double valueGradient(Scores scores, float[] gradient) {
    double lme = LogMeanExp.ofMarginals(scores);
    LogMeanExp.dvValueGradient(scores, lme, gradient);
    return LogMeanExp.meanJoint(scores) - lme;
  }

  /** The loss -I_DV + lambda d(LME, C); the marginal gradient is softmax x (1 + lambda d'). */
  @Override
  public double trainingLoss(Scores scores, float[] gradient) {
    double lme = LogMeanExp.ofMarginals(scores);
    double difference = lme - target;
    LogMeanExp.negativeMeanJointGradient(scores, gradient);
    double scale = 1 + lambda * distance.derivative(difference);
    int m = scores.marginalCount();
    for (int k = 0; k < m; k++) {
      gradient[scores.marginalIndex(k)] = (float) (scale * Math.exp(scores.marginal(k) - lme) / m);
    }
    return -(LogMeanExp.meanJoint(scores) - lme) + lambda * distance.of(difference);
  }
}
