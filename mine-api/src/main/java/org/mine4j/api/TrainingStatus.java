package org.mine4j.api;

import java.util.OptionalDouble;

/**
 * One training step's status, published to {@link TrainingListener}s.
 *
 * @param step 1-based step number
 * @param totalSteps the step budget of the run
 * @param loss the training loss (a surrogate, not an MI estimate)
 * @param trainingBound the bound's value on this training batch, in nats
 * @param heldOutBound the bound's value on held-out samples, present on the steps where it was
 *     evaluated
 */
public record TrainingStatus(
    long step, long totalSteps, double loss, double trainingBound, OptionalDouble heldOutBound) {}
