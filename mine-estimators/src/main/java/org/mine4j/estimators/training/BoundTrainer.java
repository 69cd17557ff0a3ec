package org.mine4j.estimators.training;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.mine4j.api.NonFiniteLossException;
import org.mine4j.api.TrainingListener;
import org.mine4j.api.TrainingStatus;
import org.mine4j.api.bound.Bound;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.bound.Scores;
import org.mine4j.api.data.Samples;
import org.mine4j.api.network.PairIndex;
import org.mine4j.api.network.StatisticsNetwork;

/**
 * The one training loop every neural estimator uses (MINE, Belghazi et al. 2018, algorithm 1,
 * generalised to any {@link Bound}): draw a minibatch of K joint pairs, form the negatives (one
 * shuffle of y, or all K x K pairs), score them with the critic, take the bound's training loss and
 * its gradient with respect to the scores, back-propagate, and update the critic with Adam. It owns
 * seeding, the non-finite-loss guard (the run stops at the step where the loss or a score is NaN or
 * infinite, with {@link NonFiniteLossException}), the per-step listener, early stopping, and the
 * held-out evaluation.
 *
 * <p>With validation rows and {@code evalEvery > 0}, the bound is evaluated on them every {@code
 * evalEvery} steps; the critic with the best validation value is kept (and training stops after
 * {@code patience} evaluations without improvement). The held-out rows are used once, at the end,
 * for the reported value. Not thread-safe; one trainer per run.
 */
public final class BoundTrainer {
  private final TrainingOptions options;

  public BoundTrainer(TrainingOptions options) {
    this.options = requireNonNull(options, "options is null");
  }

  /**
   * Trains {@code network} under {@code bound} on {@code train} and evaluates the bound on {@code
   * heldOut}.
   *
   * @param validation rows for early stopping and checkpoint selection; empty to train the full
   *     budget
   * @param random the run's generator (batches, permutations, bootstrap); split from the run's seed
   * @throws NonFiniteLossException at the first step whose loss is not finite
   */
  public TrainingResult train(
      StatisticsNetwork network,
      Bound bound,
      Samples train,
      java.util.Optional<Samples> validation,
      Samples heldOut,
      SplittableRandom random,
      TrainingListener listener,
      StopRule stopRule) {
    requireNonNull(network, "network is null");
    requireNonNull(bound, "bound is null");
    requireNonNull(listener, "listener is null");
    requireNonNull(stopRule, "stopRule is null");
    requireNonNull(validation, "validation is null");
    Negatives negatives = options.negatives().orElse(bound.negatives());
    int k = options.batchSize();
    BatchSampler batches = new BatchSampler(train.rows(), k, random.split());
    SplittableRandom permutations = random.split();
    SplittableRandom evaluation = random.split();
    Adam adam = new Adam(network.parameterCount(), options.learningRate());
    PairIndex allPairs = negatives == Negatives.ALL_PAIRS ? PairIndex.allPairs(k) : null;
    float[] gradient = new float[negatives == Negatives.SHUFFLE ? 2 * k : k * k];
    BestCheckpoint checkpoint = new BestCheckpoint(network.parameterCount(), options.patience());
    boolean validating = validation.isPresent() && options.evalEvery() > 0;

    double lastFinite = Double.NaN;
    long step = 0;
    while (step < options.steps()) {
      step++;
      Samples batch = train.select(batches.nextBatch());
      PairIndex pairs =
          allPairs != null
              ? allPairs
              : PairIndex.jointAndShuffled(Permutations.random(k, permutations));
      Scores scores = new Scores(network.forward(batch, pairs), k, negatives);
      double loss = bound.trainingLoss(scores, gradient);
      double trainingBound = bound.value(scores);
      if (!Double.isFinite(loss) || !Double.isFinite(trainingBound) || !allFinite(gradient)) {
        throw new NonFiniteLossException(
            step, Double.isFinite(loss) ? trainingBound : loss, finiteOrEmpty(lastFinite));
      }
      lastFinite = trainingBound;
      network.backward(gradient);
      adam.step(network.parameters(), network.gradients());

      OptionalDouble validationBound = OptionalDouble.empty();
      boolean patienceExhausted = false;
      if (validating && (step % options.evalEvery() == 0 || step == options.steps())) {
        double value =
            HeldOutEvaluator.evaluate(
                    network, bound, validation.get(), negatives, k, evaluation.split(), false)
                .value();
        validationBound = OptionalDouble.of(value);
        patienceExhausted =
            Double.isFinite(value) && checkpoint.offer(value, step, network.parameters());
      }
      TrainingStatus status =
          new TrainingStatus(step, options.steps(), loss, trainingBound, validationBound);
      listener.onStep(status);
      if (patienceExhausted || stopRule.shouldStop(status)) {
        break;
      }
    }
    if (validating) {
      checkpoint.restore(network.parameters());
    }
    HeldOutEvaluator.Evaluation result =
        HeldOutEvaluator.evaluate(network, bound, heldOut, negatives, k, evaluation, true);
    if (!Double.isFinite(result.value())) {
      throw new NonFiniteLossException(step, result.value(), finiteOrEmpty(lastFinite));
    }
    return new TrainingResult(
        step,
        validating ? checkpoint.bestStep() : step,
        result.value(),
        result.ciLow(),
        result.ciHigh(),
        result.batchSize(),
        lastFinite);
  }

  private static boolean allFinite(float[] values) {
    for (float v : values) {
      if (!Float.isFinite(v)) {
        return false;
      }
    }
    return true;
  }

  private static OptionalDouble finiteOrEmpty(double value) {
    return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
  }
}
