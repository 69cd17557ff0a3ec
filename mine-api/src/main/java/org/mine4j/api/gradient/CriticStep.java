package org.mine4j.api.gradient;

/**
 * What one critic step reports.
 *
 * @param step the number of steps taken so far, this one included
 * @param loss the critic's training loss on the batch (not an MI estimate)
 * @param value the bound's value on the training batch, in nats (biased upwards as an estimate: the
 *     critic was fitted on these rows; use {@link MiCritic#value} on other rows to report)
 */
public record CriticStep(long step, double loss, double value) {}
