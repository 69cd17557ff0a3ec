package org.mine4j.api;

import java.util.OptionalDouble;

/**
 * Training produced a NaN or infinite loss. Thrown at the step where it happened, with the last
 * finite estimate of the bound on the training batches (if any step was finite), so that a caller
 * reports the divergence instead of garbage.
 */
public final class NonFiniteLossException extends MineException {
  private static final long serialVersionUID = 1L;
  private final long step;
  private final OptionalDouble lastFiniteEstimate;

  public NonFiniteLossException(long step, double loss, OptionalDouble lastFiniteEstimate) {
    super(
        ErrorCode.NON_FINITE_LOSS,
        "training loss became "
            + loss
            + " at step "
            + step
            + (lastFiniteEstimate.isPresent()
                ? " (last finite estimate "
                    + String.format("%.4f", lastFiniteEstimate.getAsDouble())
                    + " nats)"
                : "")
            + "; the bound diverged: lower the learning rate, use a bounded estimator (smile, nwj) or fewer steps");
    this.step = step;
    this.lastFiniteEstimate = lastFiniteEstimate;
  }

  /** The 1-based training step whose loss was not finite. */
  public long step() {
    return step;
  }

  /** The training-batch bound value of the last step whose loss was finite. */
  public OptionalDouble lastFiniteEstimate() {
    return lastFiniteEstimate;
  }
}
