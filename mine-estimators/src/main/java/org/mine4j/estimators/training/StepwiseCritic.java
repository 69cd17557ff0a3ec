package org.mine4j.estimators.training;

import static java.util.Objects.requireNonNull;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.mine4j.api.MineException;
import org.mine4j.api.NonFiniteLossException;
import org.mine4j.api.bound.Bound;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.bound.Scores;
import org.mine4j.api.data.Samples;
import org.mine4j.api.gradient.CriticStep;
import org.mine4j.api.gradient.MiCritic;
import org.mine4j.api.gradient.SampleGradient;
import org.mine4j.api.network.PairIndex;
import org.mine4j.api.network.StatisticsNetwork;

/**
 * The step-wise critic of the one training loop (MINE, Belghazi et al. 2018, algorithm 1, for any
 * {@link Bound}): a {@link ScoringModel} (critic, and the learned baseline of the bounds that need
 * one) with its Adam optimisers. A step forms the negatives of the batch (one seeded shuffle of y,
 * or all K x K pairs), takes the bound's training loss and its gradient with respect to the scores,
 * checks that they are finite, back-propagates and updates. {@link #value} scores without touching
 * the training pass; {@link #gradient} back-propagates the bound's {@link Bound#modelGradient} to
 * the samples and changes no weights. {@link BoundTrainer} runs its loops on it.
 *
 * <p>Randomness: training negatives come from one generator, the negatives of {@link #value} and
 * {@link #gradient} and the split of {@link #optimize} from another, so querying the critic never
 * changes its training stream. Not thread-safe.
 */
public final class StepwiseCritic implements MiCritic {
  private final String name;
  private final ScoringModel model;
  private final Bound bound;
  private final Negatives negatives;
  private final int batchSize;
  private final SplittableRandom training;
  private final SplittableRandom queries;
  private final List<Adam> optimisers;
  private final List<FloatBuffer> parameters;
  private final List<FloatBuffer> gradients;
  private float[] gradient = new float[0];
  private PairIndex allPairs;
  private double lastFinite = Double.NaN;
  private long steps;

  /**
   * @param name the estimator's name, e.g. {@code mine}
   * @param negatives how negatives are formed (the bound's own unless the estimator chose)
   * @param batchSize K of {@link #optimize}
   * @param learningRate Adam's step size
   * @param training the generator of the training negatives
   * @param querySeed seeds the generator of the negatives of queries and of {@link #optimize}'s
   *     split
   */
  public StepwiseCritic(
      String name,
      ScoringModel model,
      Bound bound,
      Negatives negatives,
      int batchSize,
      double learningRate,
      SplittableRandom training,
      long querySeed) {
    this.name = requireNonNull(name, "name is null");
    this.model = requireNonNull(model, "model is null");
    this.bound = requireNonNull(bound, "bound is null");
    this.negatives = requireNonNull(negatives, "negatives is null");
    this.training = requireNonNull(training, "training is null");
    if (batchSize < 2) {
      throw new IllegalArgumentException("batch-size must be at least 2, found " + batchSize);
    }
    if (bound.needsBaseline() != model.baseline().isPresent()) {
      throw new IllegalArgumentException(
          bound.name()
              + (bound.needsBaseline()
                  ? " needs a learned baseline a(y) but the model has none"
                  : " uses no baseline but the model has one"));
    }
    this.batchSize = batchSize;
    this.queries = new SplittableRandom(querySeed);
    this.parameters = model.parameters();
    this.gradients = model.gradients();
    this.optimisers = parameters.stream().map(p -> new Adam(p.capacity(), learningRate)).toList();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int dimX() {
    return model.critic().dimX();
  }

  @Override
  public int dimY() {
    return model.critic().dimY();
  }

  @Override
  public Bound bound() {
    return bound;
  }

  @Override
  public StatisticsNetwork network() {
    return model.critic();
  }

  /** The critic and, for the bounds that need one, the learned baseline. */
  public ScoringModel model() {
    return model;
  }

  /** How the negatives of a batch are formed. */
  public Negatives negatives() {
    return negatives;
  }

  @Override
  public int batchSize() {
    return batchSize;
  }

  @Override
  public long stepsTaken() {
    return steps;
  }

  /** The bound's value on the last training batch whose loss was finite (NaN before any). */
  public OptionalDouble lastFiniteValue() {
    return Double.isFinite(lastFinite) ? OptionalDouble.of(lastFinite) : OptionalDouble.empty();
  }

  @Override
  public CriticStep step(Samples batch) {
    requireNonNull(batch, "batch is null");
    long step = steps + 1;
    int k = batch.rows();
    Scores scores = model.forward(batch, pairs(k, training), k, negatives);
    if (gradient.length != scores.gradientSize()) {
      gradient = new float[scores.gradientSize()];
    }
    double loss = bound.trainingLoss(scores, gradient);
    double value = bound.value(scores);
    if (!Double.isFinite(loss) || !Double.isFinite(value) || !allFinite(gradient)) {
      throw new NonFiniteLossException(
          step, Double.isFinite(loss) ? value : loss, lastFiniteValue());
    }
    lastFinite = value;
    model.backward(scores, gradient);
    for (int p = 0; p < optimisers.size(); p++) {
      optimisers.get(p).step(parameters.get(p), gradients.get(p));
    }
    steps = step;
    return new CriticStep(step, loss, value);
  }

  @Override
  public double value(Samples batch) {
    requireNonNull(batch, "batch is null");
    int k = batch.rows();
    return bound.value(model.score(batch, pairs(k, queries), k, negatives));
  }

  /**
   * {@inheritDoc}
   *
   * @throws NonFiniteLossException if a score or the gradient is not finite
   */
  @Override
  public SampleGradient gradient(Samples batch) {
    requireNonNull(batch, "batch is null");
    int k = batch.rows();
    Scores scores = model.forward(batch, pairs(k, queries), k, negatives);
    float[] scoreGradient = new float[scores.gradientSize()];
    double value = bound.modelGradient(scores, scoreGradient);
    if (!Double.isFinite(value) || !allFinite(scoreGradient)) {
      throw new NonFiniteLossException(steps, value, lastFiniteValue());
    }
    float[] x = new float[k * dimX()];
    float[] y = new float[k * dimY()];
    model.backward(scores, scoreGradient, x, y);
    return new SampleGradient(x, y, k, dimX(), dimY());
  }

  @Override
  public double optimize(Samples samples, int steps) {
    requireNonNull(samples, "samples is null");
    if (steps < 1) {
      throw new IllegalArgumentException("steps must be at least 1, found " + steps);
    }
    if (samples.rows() < 4) {
      throw MineException.invalidData(
          "optimize needs at least 4 rows (half of them are held out), found " + samples.rows());
    }
    int[] order = Permutations.random(samples.rows(), queries);
    int held = samples.rows() / 2;
    Samples heldOut = samples.select(Arrays.copyOfRange(order, 0, held));
    Samples train = samples.select(Arrays.copyOfRange(order, held, samples.rows()));
    BatchSource batches =
        BatchSource.resampling(train, Math.min(batchSize, train.rows()), queries.split());
    for (long s = 1; s <= steps; s++) {
      step(batches.next(s));
    }
    return value(heldOut);
  }

  @Override
  public String description() {
    return bound.name() + " on " + model.description();
  }

  private PairIndex pairs(int k, SplittableRandom random) {
    if (negatives == Negatives.SHUFFLE) {
      return PairIndex.jointAndShuffled(Permutations.random(k, random));
    }
    if (allPairs == null || allPairs.size() != k * k) {
      allPairs = PairIndex.allPairs(k);
    }
    return allPairs;
  }

  private static boolean allFinite(float[] values) {
    for (float v : values) {
      if (!Float.isFinite(v)) {
        return false;
      }
    }
    return true;
  }
}
