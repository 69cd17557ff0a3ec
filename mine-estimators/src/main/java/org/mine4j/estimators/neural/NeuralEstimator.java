package org.mine4j.estimators.neural;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.Provenance;
import org.mine4j.api.TrainableEstimator;
import org.mine4j.api.bound.Bound;
import org.mine4j.api.data.Samples;
import org.mine4j.api.network.NetworkBuilder;
import org.mine4j.api.network.StatisticsNetwork;
import org.mine4j.estimators.training.BoundTrainer;
import org.mine4j.estimators.training.ScoringModel;
import org.mine4j.estimators.training.StepwiseCritic;
import org.mine4j.estimators.training.StopRule;
import org.mine4j.estimators.training.TrainingOptions;
import org.mine4j.estimators.training.TrainingResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A neural MI estimator: trains a critic under a variational {@link Bound} with the one {@link
 * BoundTrainer} and reports the bound on held-out rows (Belghazi et al. 2018). Without held-out
 * samples in the context, a seeded random {@code test-fraction} of the rows is held out. A {@code
 * validation-fraction} of the training rows chooses the best critic (early stopping); the held-out
 * rows never choose anything: they give the reported value of the chosen critic and, for
 * comparison, the value of the last critic (provenance {@value #FINAL_VALUE}). Columns are
 * standardised on the training rows (optional). The estimate says which bound it is, its ceiling,
 * and warns when it exceeds ln N for the N rows it was computed on (McAllester &amp; Stratos 2018).
 */
public final class NeuralEstimator implements TrainableEstimator {
  private static final Logger LOG = LoggerFactory.getLogger(NeuralEstimator.class);

  /**
   * The provenance key of the last critic's held-out value (the reported value is the chosen
   * critic's); NaN when it is not finite.
   */
  public static final String FINAL_VALUE = "final-value";

  /** Within this many nats of its ceiling a bound counts as saturated. */
  static final double SATURATION_MARGIN = 0.1;

  private final String name;
  private final Map<String, String> options;
  private final NeuralEstimatorOptions common;
  private final Supplier<Bound> bounds;
  private final NetworkBuilder networks;
  private final Optional<BaselineSpec> baseline;

  NeuralEstimator(
      String name,
      Map<String, String> options,
      NeuralEstimatorOptions common,
      Supplier<Bound> bounds,
      NetworkBuilder networks,
      Optional<BaselineSpec> baseline) {
    this.name = requireNonNull(name, "name is null");
    this.options = Map.copyOf(options);
    this.common = requireNonNull(common, "common is null");
    this.bounds = requireNonNull(bounds, "bounds is null");
    this.networks = requireNonNull(networks, "networks is null");
    this.baseline = requireNonNull(baseline, "baseline is null");
  }

  /** The options shared by every neural estimator (steps, batch size, critic, …). */
  public NeuralEstimatorOptions commonOptions() {
    return common;
  }

  /** A fresh bound of this estimator (bounds may keep training state, e.g. MINE's average). */
  public Bound newBound() {
    return bounds.get();
  }

  /**
   * {@inheritDoc}
   *
   * <p>The critic takes this estimator's bound, network, learning rate and negatives; its weights
   * come from {@code seed}, its training negatives from a generator split from it (the same streams
   * as a training run of {@code steps} steps on fresh batches, the staircase protocol of Song &amp;
   * Ermon 2020). No standardisation, validation or held-out split: the caller's loop decides.
   */
  @Override
  public StepwiseCritic critic(int dimX, int dimY, long seed) {
    return critic(null, dimX, dimY, seed);
  }

  /**
   * A step-wise critic as {@link #critic(int, int, long)} around a network the caller built (a
   * SameDiff graph through {@link org.mine4j.estimators.critic.samediff.SameDiffCritic}, say)
   * instead of this estimator's own.
   */
  public StepwiseCritic critic(StatisticsNetwork network, long seed) {
    requireNonNull(network, "network is null");
    return critic(network, network.dimX(), network.dimY(), seed);
  }

  private StepwiseCritic critic(StatisticsNetwork given, int dimX, int dimY, long seed) {
    SplittableRandom root = new SplittableRandom(seed);
    long networkSeed = root.nextLong();
    Bound bound = bounds.get();
    ScoringModel model = model(bound, given, dimX, dimY, networkSeed);
    SplittableRandom training = root.split().split();
    TrainingOptions options = common.training();
    return new StepwiseCritic(
        name,
        model,
        bound,
        options.negatives().orElse(bound.negatives()),
        options.batchSize(),
        options.learningRate(),
        training,
        root.nextLong());
  }

  @Override
  public int batchSize() {
    return common.batchSize();
  }

  private ScoringModel model(Bound bound, StatisticsNetwork given, int dimX, int dimY, long seed) {
    StatisticsNetwork network = given != null ? given : networks.build(dimX, dimY, seed);
    if (!bound.needsBaseline()) {
      return ScoringModel.of(network);
    }
    BaselineSpec spec =
        baseline.orElseThrow(
            () -> new IllegalStateException(bound.name() + " needs a baseline specification"));
    return new ScoringModel(network, Optional.of(spec.build(dimY, seed ^ 0x5DEECE66DL)));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Map<String, String> options() {
    return options;
  }

  @Override
  public Estimate estimate(Samples samples, EstimationContext context) {
    requireNonNull(samples, "samples is null");
    requireNonNull(context, "context is null");
    SplittableRandom root = new SplittableRandom(context.seed());
    SplittableRandom splitRandom = root.split();
    long networkSeed = root.nextLong();
    SplittableRandom trainingRandom = root.split();

    DataSplit split = DataSplit.of(samples, context.heldOut(), common, splitRandom);
    Samples train = split.train();
    Samples heldOut = split.heldOut();

    List<String> warnings = new ArrayList<>(split.warnings());
    TrainingOptions training = common.training();
    if (training.batchSize() > train.rows()) {
      warnings.add(
          "batch size "
              + training.batchSize()
              + " reduced to the "
              + train.rows()
              + " training rows");
      training = training.withBatchSize(train.rows());
    }
    Bound bound = bounds.get();
    CriticMemory.requireFits(
        samples.dimX(),
        samples.dimY(),
        common.hidden(),
        training.batchSize(),
        training.negatives().orElse(bound.negatives()),
        heldOut.rows(),
        Runtime.getRuntime().maxMemory());
    ScoringModel model = model(bound, null, samples.dimX(), samples.dimY(), networkSeed);
    LOG.debug(
        "{}: training {} on {} rows, holding out {}",
        name,
        model.description(),
        train.rows(),
        heldOut.rows());
    TrainingResult result =
        new BoundTrainer(name, training)
            .train(
                model,
                bound,
                train,
                split.validation(),
                heldOut,
                trainingRandom,
                context.listener(),
                StopRule.NEVER);

    if (!Double.isFinite(result.ciLow()) || !Double.isFinite(result.ciHigh())) {
      warnings.add(
          String.format(
              "no 95%% interval: the %d held-out rows make one batch of %d for %s's all-pairs"
                  + " evaluation, and an interval needs two at least; use a batch size of at most"
                  + " %d (or more rows)",
              heldOut.rows(),
              result.evaluationBatchSize(),
              bound.name(),
              Math.max(2, heldOut.rows() / 2)));
    }
    OptionalDouble ceiling = bound.ceiling(result.evaluationBatchSize());
    boolean saturated =
        ceiling.isPresent() && result.value() >= ceiling.getAsDouble() - SATURATION_MARGIN;
    if (saturated) {
      warnings.add(
          String.format(
              "saturated: %s cannot exceed %.3f nats with batch size %d; the true MI may be larger",
              bound.name(), ceiling.getAsDouble(), result.evaluationBatchSize()));
    }
    if (result.value() > Math.log(heldOut.rows())) {
      warnings.add(
          String.format(
              "the estimate exceeds ln N = %.3f for the N = %d held-out rows: no distribution-free lower bound can"
                  + " certify that much from this sample (McAllester & Stratos 2018)",
              Math.log(heldOut.rows()), heldOut.rows()));
    }
    Provenance provenance =
        Provenance.empty()
            .with("estimator", name)
            .withAll("estimator.", options)
            .with("bound", bound.name())
            .with("network", model.description())
            .with("seed", Long.toString(context.seed()))
            .with("selected-step", Long.toString(result.selectedStep()))
            .with(FINAL_VALUE, Double.toString(result.finalValue()))
            .with("java", System.getProperty("java.version"))
            .with("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    return new Estimate(
        result.value(),
        name,
        bound.name(),
        ceiling,
        result.ciLow(),
        result.ciHigh(),
        result.steps(),
        train.rows(),
        heldOut.rows(),
        saturated,
        warnings,
        provenance);
  }
}
