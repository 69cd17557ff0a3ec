package org.mine4j.api.bound;

import java.util.OptionalDouble;

/**
 * A variational lower bound on mutual information, as a function of critic scores: what an
 * estimator contributes to the one training loop (Poole et al. 2019, "On variational bounds of
 * mutual information", which reviews the family).
 *
 * <p>The reported value ({@link #value}) and the critic's training objective ({@link
 * #trainingLoss}) are separate: a bound may train on a surrogate (a JS objective, a corrected
 * gradient, a regulariser) but the reported MI never contains it. {@link #value}, {@link
 * #valueGradient} and {@link #modelGradient} are pure; only {@link #trainingLoss}, called once per
 * critic step, may advance training-only state (e.g. MINE's moving average), which evaluation and
 * gradient queries never touch. A bound instance serves one training run.
 *
 * <p>Gradients are with respect to the scores, in the layout of {@link Scores} (length {@link
 * Scores#gradientSize()}: with a learned baseline, the derivatives with respect to log a(y_j)
 * follow the scores'). The critic maximises the bound; a model that uses the bound as an MI term
 * follows {@link #modelGradient} with the sign of its own objective.
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
   * The gradient of the reported value with respect to the scores: writes d(value)/d(score) into
   * {@code gradient} (length {@link Scores#gradientSize()}, overwritten) and returns the value.
   * Pure: no state is read that a training step advances, none is changed.
   *
   * @throws UnsupportedOperationException if the bound does not provide it
   */
  default double valueGradient(Scores scores, float[] gradient) {
    throw new UnsupportedOperationException(name() + " gives no gradient of its value");
  }

  /**
   * The gradient a model that raises or lowers this MI term should follow, with respect to the
   * scores, written into {@code gradient}; returns the reported value. By default the gradient of
   * the value; a bound whose paper prescribes a corrected gradient (MINE's moving-average
   * denominator, Belghazi et al. 2018, section 3.2) uses it here. Pure: it reads training state but
   * never advances it, however often it is called.
   */
  default double modelGradient(Scores scores, float[] gradient) {
    return valueGradient(scores, gradient);
  }

  /**
   * The loss to minimise on a training batch; writes d(loss)/d(score) into {@code gradient} (length
   * {@link Scores#gradientSize()}, overwritten; with a baseline, d(loss)/d(log a(y_j)) follows the
   * scores' entries). May update training-only state: the trainer calls it exactly once per critic
   * step.
   *
   * @return the loss (not the MI estimate)
   */
  double trainingLoss(Scores scores, float[] gradient);
}
