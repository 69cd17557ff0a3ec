package org.mine4j.estimators.training;

/**
 * What a finished training run produced.
 *
 * @param steps the steps taken (fewer than the budget if training stopped early)
 * @param selectedStep the step whose critic was kept (the best on validation rows, else the last)
 * @param value the bound's value on the held-out samples, in nats
 * @param ciLow lower end of the 95% interval of {@code value}
 * @param ciHigh upper end of the 95% interval
 * @param evaluationBatchSize the batch size K the held-out value was computed with (its ceiling
 *     depends on it)
 * @param lastTrainingBound the bound's value on the last training batch
 * @param finalValue the held-out value of the critic after the last step (equal to {@code value}
 *     when that critic was kept; NaN if it is not finite)
 */
public record TrainingResult(
    long steps,
    long selectedStep,
    double value,
    double ciLow,
    double ciHigh,
    int evaluationBatchSize,
    double lastTrainingBound,
    double finalValue) {}
