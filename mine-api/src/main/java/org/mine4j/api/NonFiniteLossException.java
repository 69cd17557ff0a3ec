package org.mine4j.api;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Training diverged: the loss became NaN or infinite, or (see {@link #diverged}) stayed finite but
 * left every value a sound estimate can take. Thrown at the step where it happened, with the last
 * sound estimate of the bound on the training batches (if any step was sound), so that a caller
 * reports the divergence instead of garbage.
 */
public final class NonFiniteLossException extends MineException {
  private static final long serialVersionUID = 1L;
  private final long step;
  private final OptionalDouble lastFiniteEstimate;

  public NonFiniteLossException(long step, double loss, OptionalDouble lastFiniteEstimate) {
    this(
        step,
        "training loss became "
            + loss
            + " at step "
            + step
            + (lastFiniteEstimate.isPresent()
                ? " (last finite estimate "
                    + String.format(Locale.ROOT, "%.4f", lastFiniteEstimate.getAsDouble())
                    + " nats)"
                : "")
            + "; the bound diverged: lower the learning rate, use a bounded estimator (smile, nwj) or fewer steps",
        lastFiniteEstimate);
  }

  private NonFiniteLossException(long step, String message, OptionalDouble lastSoundEstimate) {
    super(ErrorCode.NON_FINITE_LOSS, message);
    this.step = step;
    this.lastFiniteEstimate = lastSoundEstimate;
  }

  /**
   * Training diverged although every number stayed finite (a loss exploding against its history, an
   * estimate far outside what the sample allows).
   *
   * @param step the 1-based step at which it was detected
   * @param what what was seen, e.g. "the training bound reached -2818220.4 nats, beyond ±65.5"
   * @param lastSoundEstimate the training-batch bound of the last step that looked sound
   * @param fix what to do, e.g. "lower the learning rate (now 10, e.g. -o learning-rate=1)"
   */
  public static NonFiniteLossException diverged(
      long step, String what, OptionalDouble lastSoundEstimate, String fix) {
    return new NonFiniteLossException(
        step,
        "training diverged at step "
            + step
            + ": "
            + what
            + (lastSoundEstimate.isPresent()
                ? " (last sound estimate "
                    + String.format(Locale.ROOT, "%.4f", lastSoundEstimate.getAsDouble())
                    + " nats)"
                : "")
            + "; "
            + fix,
        lastSoundEstimate);
  }

  /** The 1-based training step whose loss was not finite. */
  public long step() {
    return step;
  }

  /** The training-batch bound value of the last step whose loss was finite (and sound). */
  public OptionalDouble lastFiniteEstimate() {
    return lastFiniteEstimate;
  }
}
