package org.mine4j.estimators.bounds;

import java.util.OptionalDouble;
import org.mine4j.api.bound.Bound;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.bound.Scores;

/**
 * The interpolated bound I_α (Poole et al. 2019, "On variational bounds of mutual information",
 * ICML, eq. 17), between InfoNCE (α → 1: low variance, ceiling ln K) and TUBA/NWJ (α → 0: no
 * ceiling, high variance). With S[r][c] = f(x_r, y_c) and, for the y of column c, the leave-one-out
 * InfoNCE baseline l[r][c] = log mean_{l≠r} e^{S[l][c]} mixed with a learned baseline b(y_c):
 *
 * <pre>
 * log a[r][c] = logaddexp(ln α + l[r][c], ln(1−α) + b(y_c))
 * I_α = 1 + mean_{r≠c} (S[c][c] − log a[r][c]) − mean_{r≠c} e^{S[r][c] − log a[c][c]}
 * </pre>
 *
 * (the same as SPEC §2.8 with rows and columns swapped: there S is indexed [y][x]). Its ceiling is
 * 1 + ln K − ln α. Trains on −I_α, backpropagating into the critic through the leave-one-out
 * baseline and into b(y) through {@link Scores#logBaseline(int)}. Needs all-pairs scores.
 */
public final class InterpolatedBound implements Bound {
  private final double alpha;
  private final double logAlpha;
  private final double logOneMinusAlpha;

  /**
   * @param alpha the interpolation weight, in (0, 1]; α = 1 uses no learned baseline
   */
  public InterpolatedBound(double alpha) {
    if (!(alpha > 0 && alpha <= 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1], found " + alpha);
    }
    this.alpha = alpha;
    this.logAlpha = Math.log(alpha);
    this.logOneMinusAlpha = alpha == 1 ? Double.NEGATIVE_INFINITY : Math.log1p(-alpha);
  }

  public double alpha() {
    return alpha;
  }

  @Override
  public String name() {
    return "interpolated I_alpha (alpha=" + alpha + ", Poole et al. 2019)";
  }

  @Override
  public Negatives negatives() {
    return Negatives.ALL_PAIRS;
  }

  @Override
  public boolean needsBaseline() {
    return alpha < 1;
  }

  @Override
  public OptionalDouble ceiling(int batchSize) {
    return OptionalDouble.of(1 + Math.log(batchSize) - logAlpha);
  }

  @Override
  public double value(Scores scores) {
    return new InterpolatedPass(scores, logAlpha, logOneMinusAlpha, needsBaseline()).value();
  }

  /** Trains on exactly -value, so the value gradient is the negated (pure) loss gradient. */
  @Override
  public double valueGradient(Scores scores, float[] gradient) {
    return LogMeanExp.negated(trainingLoss(scores, gradient), gradient);
  }

  @Override
  public double trainingLoss(Scores scores, float[] gradient) {
    InterpolatedPass pass =
        new InterpolatedPass(scores, logAlpha, logOneMinusAlpha, needsBaseline());
    pass.gradientOfNegative(gradient);
    return -pass.value();
  }
}
