package org.mine4j.estimators.neural;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.Estimator;
import org.mine4j.api.Provenance;
import org.mine4j.api.bound.Bound;
import org.mine4j.api.data.Samples;
import org.mine4j.api.network.NetworkBuilder;
import org.mine4j.api.network.StatisticsNetwork;
import org.mine4j.estimators.training.BoundTrainer;
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
 * rows are used once, for the reported value. Columns are standardised on the training rows
 * (optional). The estimate says which bound it is, its ceiling, and warns when it exceeds ln N for
 * the N rows it was computed on (McAllester &amp; Stratos 2018).
 */
public final class NeuralEstimator implements Estimator {
  private static final Logger LOG = LoggerFactory.getLogger(NeuralEstimator.class);

  /** Within this many nats of its ceiling a bound counts as saturated. */
  static final double SATURATION_MARGIN = 0.1;

  private final String name;
  private final Map<String, String> options;
  private final NeuralEstimatorOptions common;
  private final Supplier<Bound> bounds;
  private final NetworkBuilder networks;

  NeuralEstimator(
      String name,
      Map<String, String> options,
      NeuralEstimatorOptions common,
      Supplier<Bound> bounds,
      NetworkBuilder networks) {
    this.name = requireNonNull(name, "name is null");
    this.options = Map.copyOf(options);
    this.common = requireNonNull(common, "common is null");
    this.bounds = requireNonNull(bounds, "bounds is null");
    this.networks = requireNonNull(networks, "networks is null");
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

    List<String> warnings = new ArrayList<>();
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
    StatisticsNetwork network = networks.build(samples.dimX(), samples.dimY(), networkSeed);
    LOG.debug(
        "{}: training {} on {} rows, holding out {}",
        name,
        network.description(),
        train.rows(),
        heldOut.rows());
    TrainingResult result =
        new BoundTrainer(training)
            .train(
                network,
                bound,
                train,
                split.validation(),
                heldOut,
                trainingRandom,
                context.listener(),
                StopRule.NEVER);

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
            .with("network", network.description())
            .with("seed", Long.toString(context.seed()))
            .with("selected-step", Long.toString(result.selectedStep()))
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
