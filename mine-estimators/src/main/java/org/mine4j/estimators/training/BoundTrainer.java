package org.mine4j.estimators.training;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.mine4j.api.NonFiniteLossException;
import org.mine4j.api.TrainingListener;
import org.mine4j.api.TrainingStatus;
import org.mine4j.api.bound.Bound;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.data.Samples;
import org.mine4j.api.gradient.CriticStep;

/**
 * The one training loop every neural estimator uses (MINE, Belghazi et al. 2018, algorithm 1,
 * generalised to any {@link Bound}): minibatches of K joint pairs of the training rows, each one
 * {@link StepwiseCritic#step} (negatives, scores, the bound's training loss and its gradient, the
 * non-finite guard, back-propagation, Adam), the {@link DivergenceGuard} for divergence that stays
 * finite, the per-step listener, early stopping, and the held-out evaluation.
 *
 * <p>With validation rows and {@code evalEvery > 0}, the bound is evaluated on them every {@code
 * evalEvery} steps; the critic with the best validation value is kept (and training stops after
 * {@code patience} evaluations without improvement). The held-out rows are used once, at the end,
 * for the reported value. Bounds with a learned baseline train it jointly, with its own Adam state.
 * A caller with its own loop (fresh batches every step, or an MI term in another model) uses a
 * {@link StepwiseCritic} directly. Not thread-safe; one trainer per run.
 */
public final class BoundTrainer {
  private final String estimator;
  private final TrainingOptions options;

  /**
   * @param estimator the name of the estimator that trains (for the critic's description)
   */
  public BoundTrainer(String estimator, TrainingOptions options) {
    this.estimator = requireNonNull(estimator, "estimator is null");
    this.options = requireNonNull(options, "options is null");
  }

  /**
   * Trains {@code model} under {@code bound} on minibatches of {@code train} and evaluates the
   * bound on {@code heldOut}.
   *
   * @param validation rows for early stopping and checkpoint selection; empty to train the full
   *     budget
   * @param random the run's generator (batches, permutations, bootstrap); split from the run's seed
   * @throws NonFiniteLossException at the first step whose loss is not finite
   */
  public TrainingResult train(
      ScoringModel model,
      Bound bound,
      Samples train,
      Optional<Samples> validation,
      Samples heldOut,
      SplittableRandom random,
      TrainingListener listener,
      StopRule stopRule) {
    requireNonNull(train, "train is null");
    requireNonNull(validation, "validation is null");
    requireNonNull(heldOut, "heldOut is null");
    BatchSource batches = BatchSource.resampling(train, options.batchSize(), random.split());
    StepwiseCritic critic = critic(model, bound, random.split());
    requireNonNull(listener, "listener is null");
    SplittableRandom evaluation = random.split();
    BestCheckpoint checkpoint = new BestCheckpoint(model.parameters(), options.patience());
    boolean validating = validation.isPresent() && options.evalEvery() > 0;
    Negatives negatives = critic.negatives();
    int k = options.batchSize();
    DivergenceGuard guard = new DivergenceGuard(k, options.learningRate());

    long step = 0;
    while (step < options.steps()) {
      step++;
      CriticStep done = critic.step(batches.next(step));
      guard.check(step, done.loss(), done.value());
      OptionalDouble validationBound = OptionalDouble.empty();
      boolean patienceExhausted = false;
      if (validating && (step % options.evalEvery() == 0 || step == options.steps())) {
        double value =
            HeldOutEvaluator.evaluate(
                    model, bound, validation.get(), negatives, k, evaluation.split(), false)
                .value();
        validationBound = OptionalDouble.of(value);
        patienceExhausted = Double.isFinite(value) && checkpoint.offer(value, step);
      }
      TrainingStatus status =
          new TrainingStatus(step, options.steps(), done.loss(), done.value(), validationBound);
      listener.onStep(status);
      if (patienceExhausted || stopRule.shouldStop(status)) {
        break;
      }
    }
    long selectedStep = validating ? checkpoint.bestStep() : step;
    // The last critic's held-out value, for comparison with the selected one's; its generator is
    // split off last so that every other stream stays as it was.
    double finalValue = Double.NaN;
    if (selectedStep != step) {
      finalValue =
          HeldOutEvaluator.evaluate(model, bound, heldOut, negatives, k, random.split(), false)
              .value();
    }
    if (validating) {
      checkpoint.restore();
    }
    HeldOutEvaluator.Evaluation result =
        HeldOutEvaluator.evaluate(model, bound, heldOut, negatives, k, evaluation, true);
    if (!Double.isFinite(result.value())) {
      throw new NonFiniteLossException(step, result.value(), critic.lastFiniteValue());
    }
    guard.checkHeldOut(selectedStep, result.value(), heldOut.rows());
    return new TrainingResult(
        step,
        selectedStep,
        result.value(),
        result.ciLow(),
        result.ciHigh(),
        result.batchSize(),
        critic.lastFiniteValue().orElse(Double.NaN),
        selectedStep == step ? result.value() : finalValue);
  }

  /**
   * The step-wise critic the loop runs on: the bound's negatives unless the options choose, Adam at
   * the options' learning rate, training negatives from {@code permutations}. Its query stream is
   * never used by the loop, so its seed is fixed.
   */
  private StepwiseCritic critic(ScoringModel model, Bound bound, SplittableRandom permutations) {
    return new StepwiseCritic(
        estimator,
        model,
        bound,
        options.negatives().orElse(bound.negatives()),
        options.batchSize(),
        options.learningRate(),
        permutations,
        0L);
  }
}
