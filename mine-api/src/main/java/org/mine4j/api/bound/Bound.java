package org.mine4j.api.bound;

import java.util.OptionalDouble;

/**
 * A variational lower bound on mutual information, as a function of critic scores: what an
 * estimator contributes to the one training loop (SPEC section 2).
 *
 * <p>The reported value ({@link #value}) and the training objective ({@link #trainingLoss}) are
 * separate: a bound may train on a surrogate (a JS objective, a corrected gradient, a regulariser)
 * but the reported MI never contains it. {@link #value} is pure; {@link #trainingLoss} may update
 * training-only state (e.g. MINE's moving average), which evaluation never touches. A bound
 * instance serves one training run.
 */
public interface Bound {
  /** Human-readable name, e.g. {@code DV (Donsker-Varadhan)}. */
  String name();

  /** The negatives its paper uses; the trainer's default. */
  Negatives negatives();

  /**
   * The largest value the bound can take with batch size K (e.g. ln K for InfoNCE); empty where
   * unbounded.
   */
  default OptionalDouble ceiling(int batchSize) {
    return OptionalDouble.empty();
  }

  /**
   * Whether the bound uses a learned baseline of y (TUBA's a(y), the interpolated bound's b(y),
   * Poole et al. 2019). The trainer then trains a baseline network jointly with the critic and
   * passes its values in {@link Scores#logBaseline(int)}.
   */
  default boolean needsBaseline() {
    return false;
  }

  /** The bound's value on the scores, in nats. Pure: updates no state. */
  double value(Scores scores);

  /**
   * The loss to minimise on a training batch; writes d(loss)/d(score) into {@code gradient} (length
   * {@link Scores#gradientSize()}, overwritten; with a baseline, d(loss)/d(log a(y_j)) follows the
   * scores' entries). May update training-only state.
   *
   * @return the loss (not the MI estimate)
   */
  double trainingLoss(Scores scores, float[] gradient);
}
