package org.mine4j.api;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.mine4j.api.data.Samples;

/**
 * How to run one estimation: the seed (all randomness derives from it), a listener, and optionally
 * held-out samples. Without held-out samples a neural estimator splits off its own held-out part;
 * the estimate is never computed on the rows the critic was trained on.
 *
 * @param seed the master seed of the run
 * @param listener per-step status
 * @param heldOut evaluation samples (e.g. fresh samples from a generator), if the caller has them
 */
public record EstimationContext(long seed, TrainingListener listener, Optional<Samples> heldOut) {
  public EstimationContext {
    requireNonNull(listener, "listener is null");
    requireNonNull(heldOut, "heldOut is null");
  }

  /** A context with only a seed. */
  public static EstimationContext seeded(long seed) {
    return new EstimationContext(seed, TrainingListener.NONE, Optional.empty());
  }

  public EstimationContext withListener(TrainingListener newListener) {
    return new EstimationContext(seed, newListener, heldOut);
  }

  public EstimationContext withHeldOut(Samples samples) {
    return new EstimationContext(seed, listener, Optional.of(samples));
  }
}
