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
 * The one training loop every neural estimator uses (MINE, Belghazi et al. 2018, algorithm 1, generalised to any
 * {@link Bound}): draw a minibatch of K joint pairs, form the negatives (one shuffle of y, or all K x K pairs), score
 * them with the critic, take the bound's training loss and its gradient with respect to the scores, back-propagate,
 * and update the critic with Adam. It owns seeding, the non-finite-loss guard (the run stops at the step where the loss
 * or a score is NaN or infinite, with {@link NonFiniteLossException}), the per-step listener, early stopping, and the
 * held-out evaluation. Not thread-safe; one trainer per run.
 */
public final class BoundTrainer {
  private final TrainingOptions options;

  public BoundTrainer(TrainingOptions options) {
    this.options = requireNonNull(options, "options is null");
  }

  /**
   * Trains {@code network} under {@code bound} on {@code train} and evaluates the bound on {@code heldOut}.
   *
   * @param random the run's generator (batches, permutations, bootstrap); split from the run's seed
   * @throws NonFiniteLossException at the first step whose loss is not finite
   */
  public TrainingResult train(
      StatisticsNetwork network,
      Bound bound,
      Samples train,
      Samples heldOut,
      SplittableRandom random,
      TrainingListener listener,
      StopRule stopRule) {
    requireNonNull(network, "network is null");
    requireNonNull(bound, "bound is null");
    requireNonNull(listener, "listener is null");
    requireNonNull(stopRule, "stopRule is null");
    Negatives negatives = options.negatives().orElse(bound.negatives());
    int k = options.batchSize();
    BatchSampler batches = new BatchSampler(train.rows(), k, random.split());
    SplittableRandom permutations = random.split();
    SplittableRandom evaluation = random.split();
    Adam adam = new Adam(network.parameterCount(), options.learningRate());
    PairIndex allPairs = negatives == Negatives.ALL_PAIRS ? PairIndex.allPairs(k) : null;
    float[] gradient = new float[negatives == Negatives.SHUFFLE ? 2 * k : k * k];

    double lastFinite = Double.NaN;
    long step = 0;
    while (step < options.steps()) {
      step++;
      Samples batch = train.select(batches.nextBatch());
      PairIndex pairs =
          allPairs != null ? allPairs : PairIndex.jointAndShuffled(Permutations.random(k, permutations));
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

      OptionalDouble heldOutBound = OptionalDouble.empty();
      if (options.evalEvery() > 0 && step % options.evalEvery() == 0 && step < options.steps()) {
        heldOutBound =
            OptionalDouble.of(
                HeldOutEvaluator.evaluate(network, bound, heldOut, negatives, k, evaluation.split(), false)
                    .value());
      }
      TrainingStatus status = new TrainingStatus(step, options.steps(), loss, trainingBound, heldOutBound);
      listener.onStep(status);
      if (stopRule.shouldStop(status)) {
        break;
      }
    }
    HeldOutEvaluator.Evaluation result =
        HeldOutEvaluator.evaluate(network, bound, heldOut, negatives, k, evaluation, true);
    if (!Double.isFinite(result.value())) {
      throw new NonFiniteLossException(step, result.value(), finiteOrEmpty(lastFinite));
    }
    return new TrainingResult(
        step, result.value(), result.ciLow(), result.ciHigh(), result.batchSize(), lastFinite);
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
