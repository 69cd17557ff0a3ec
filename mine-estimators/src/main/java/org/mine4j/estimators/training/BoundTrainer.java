package org.mine4j.estimators.training;

import static java.util.Objects.requireNonNull;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.Optional;
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

/**
 * The one training loop every neural estimator uses (MINE, Belghazi et al. 2018, algorithm 1,
 * generalised to any {@link Bound}): draw a minibatch of K joint pairs, form the negatives (one
 * shuffle of y, or all K x K pairs), score them with the critic, take the bound's training loss and
 * its gradient with respect to the scores, back-propagate, and update the critic with Adam. It owns
 * seeding, the non-finite-loss guard (the run stops at the step where the loss or a score is NaN or
 * infinite, with {@link NonFiniteLossException}), the {@link DivergenceGuard} for divergence that
 * stays finite, the per-step listener, early stopping, and the held-out evaluation.
 *
 * <p>With validation rows and {@code evalEvery > 0}, the bound is evaluated on them every {@code
 * evalEvery} steps; the critic with the best validation value is kept (and training stops after
 * {@code patience} evaluations without improvement). The held-out rows are used once, at the end,
 * for the reported value. {@link #trainOnline} runs the same steps on fresh batches without
 * held-out data (the staircase protocol), reporting each step's training-batch bound to the
 * listener. Bounds with a learned baseline train it jointly, with its own Adam state. Not
 * thread-safe; one trainer per run.
 */
public final class BoundTrainer {
  private final TrainingOptions options;

  public BoundTrainer(TrainingOptions options) {
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
    Stepper stepper =
        new Stepper(
            model,
            bound,
            BatchSource.resampling(train, options.batchSize(), random.split()),
            random.split(),
            listener);
    SplittableRandom evaluation = random.split();
    BestCheckpoint checkpoint = new BestCheckpoint(model.parameters(), options.patience());
    boolean validating = validation.isPresent() && options.evalEvery() > 0;
    Negatives negatives = stepper.negatives;
    int k = options.batchSize();
    DivergenceGuard guard = new DivergenceGuard(k, options.learningRate());

    long step = 0;
    while (step < options.steps()) {
      step++;
      double[] lossAndBound = stepper.step(step);
      guard.check(step, lossAndBound[0], lossAndBound[1]);
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
          new TrainingStatus(
              step, options.steps(), lossAndBound[0], lossAndBound[1], validationBound);
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
      throw new NonFiniteLossException(step, result.value(), finiteOrEmpty(stepper.lastFinite));
    }
    guard.checkHeldOut(selectedStep, result.value(), heldOut.rows());
    return new TrainingResult(
        step,
        selectedStep,
        result.value(),
        result.ciLow(),
        result.ciHigh(),
        result.batchSize(),
        stepper.lastFinite,
        selectedStep == step ? result.value() : finalValue);
  }

  /**
   * Trains for {@code options.steps()} steps on the batches of {@code source} (fresh samples every
   * step), reporting each step's loss and training-batch bound to {@code listener}; no validation,
   * no held-out evaluation.
   *
   * @return the number of steps run
   * @throws NonFiniteLossException at the first step whose loss is not finite
   */
  public long trainOnline(
      ScoringModel model,
      Bound bound,
      BatchSource source,
      SplittableRandom random,
      TrainingListener listener,
      StopRule stopRule) {
    Stepper stepper = new Stepper(model, bound, source, random.split(), listener);
    long step = 0;
    while (step < options.steps()) {
      step++;
      double[] lossAndBound = stepper.step(step);
      TrainingStatus status =
          new TrainingStatus(
              step, options.steps(), lossAndBound[0], lossAndBound[1], OptionalDouble.empty());
      listener.onStep(status);
      if (stopRule.shouldStop(status)) {
        break;
      }
    }
    return step;
  }

  /** One optimisation step: batch, negatives, scores, loss and gradient, guard, Adam. */
  private final class Stepper {
    final ScoringModel model;
    final Bound bound;
    final BatchSource source;
    final SplittableRandom permutations;
    final Negatives negatives;
    final int k;
    final PairIndex allPairs;
    final List<Adam> optimisers;
    final List<FloatBuffer> parameters;
    final List<FloatBuffer> gradients;
    float[] gradient = new float[0];
    double lastFinite = Double.NaN;

    Stepper(
        ScoringModel model,
        Bound bound,
        BatchSource source,
        SplittableRandom permutations,
        TrainingListener listener) {
      this.model = requireNonNull(model, "model is null");
      this.bound = requireNonNull(bound, "bound is null");
      this.source = requireNonNull(source, "source is null");
      requireNonNull(listener, "listener is null");
      if (bound.needsBaseline() != model.baseline().isPresent()) {
        throw new IllegalArgumentException(
            bound.name()
                + (bound.needsBaseline()
                    ? " needs a learned baseline a(y) but the model has none"
                    : " uses no baseline but the model has one"));
      }
      this.permutations = permutations;
      this.negatives = options.negatives().orElse(bound.negatives());
      this.k = options.batchSize();
      this.allPairs = negatives == Negatives.ALL_PAIRS ? PairIndex.allPairs(k) : null;
      this.parameters = model.parameters();
      this.gradients = model.gradients();
      this.optimisers =
          parameters.stream().map(p -> new Adam(p.capacity(), options.learningRate())).toList();
    }

    /** Runs step {@code step}; returns {loss, training-batch bound}. */
    double[] step(long step) {
      Samples batch = source.next(step);
      PairIndex pairs =
          allPairs != null
              ? allPairs
              : PairIndex.jointAndShuffled(Permutations.random(k, permutations));
      Scores scores = model.forward(batch, pairs, k, negatives);
      if (gradient.length != scores.gradientSize()) {
        gradient = new float[scores.gradientSize()];
      }
      double loss = bound.trainingLoss(scores, gradient);
      double trainingBound = bound.value(scores);
      if (!Double.isFinite(loss) || !Double.isFinite(trainingBound) || !allFinite(gradient)) {
        throw new NonFiniteLossException(
            step, Double.isFinite(loss) ? trainingBound : loss, finiteOrEmpty(lastFinite));
      }
      lastFinite = trainingBound;
      model.backward(scores, gradient);
      for (int p = 0; p < optimisers.size(); p++) {
        optimisers.get(p).step(parameters.get(p), gradients.get(p));
      }
      return new double[] {loss, trainingBound};
    }
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
