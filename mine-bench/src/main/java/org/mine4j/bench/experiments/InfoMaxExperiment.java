package org.mine4j.bench.experiments;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.mine4j.api.experiment.Experiment;
import org.mine4j.api.experiment.ExperimentContext;
import org.mine4j.api.experiment.ExperimentReport;
import org.mine4j.api.gradient.Direction;
import org.mine4j.api.gradient.MiTerm;
import org.mine4j.api.gradient.MutualInformationGradient;
import org.mine4j.api.spi.TrainableEstimatorFactory;
import org.mine4j.bench.parallel.RunPool;
import org.mine4j.dl4j.MultiLayerMiTrainer;
import org.mine4j.estimators.MiGradients;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;

/**
 * An InfoMax toy (Linsker 1988; the representation-learning use of MIGE, Wen et al. 2020, section
 * 4): a linear encoder z = W x ∈ R^2 with unit-norm columns maximises I(x; z + σε) on a mixture of
 * 4 Gaussians ({@link InfoMaxData}), the MI gradient coming from a named source (mige, or a neural
 * estimator's critic) through a {@link MiTerm} and DL4J's external-errors path. Through the noisy
 * channel the optimum is the subspace of largest variance, which holds the clusters. Reported for
 * each source: the linear-probe accuracy on the codes before and after training, the share of W's
 * energy on the two cluster coordinates (1 for the optimum), and the median milliseconds per
 * encoder step (MI gradient and update).
 *
 * <p>Every source starts from the same encoder and sees the same batches (seeds split from the
 * master seed per role, not per source). Writes {@code OUT/infomax/infomax.csv} and {@code
 * infomax.png} (alignment against step).
 */
public final class InfoMaxExperiment implements Experiment {
  private final InfoMaxOptions options;

  public InfoMaxExperiment(InfoMaxOptions options) {
    this.options = requireNonNull(options, "options is null");
  }

  @Override
  public String name() {
    return InfoMaxFactory.NAME;
  }

  /** One source's run: the alignment trace, the probe accuracies and the time per step. */
  record Run(
      String estimator,
      List<double[]> trace,
      double initialAccuracy,
      double accuracy,
      double alignment,
      double millisPerStep) {}

  @Override
  public ExperimentReport run(ExperimentContext context) {
    SplittableRandom seeds = new SplittableRandom(context.seed());
    long encoderSeed = seeds.nextLong();
    long dataSeed = seeds.nextLong();
    long sourceSeed = seeds.nextLong();
    long probeSeed = seeds.nextLong();
    InfoMaxData train = InfoMaxData.sample(options.probeRows(), options.dim(), seeds.split());
    InfoMaxData test = InfoMaxData.sample(options.probeRows(), options.dim(), seeds.split());
    for (String name : options.estimators()) {
      source(context, name, sourceSeed); // a bad name fails before any run
    }
    int total = options.estimators().size() * (options.steps() / options.evalEvery());
    AtomicInteger done = new AtomicInteger();
    List<Callable<Run>> runs = new ArrayList<>();
    for (String name : options.estimators()) {
      runs.add(
          () ->
              train(
                  context,
                  name,
                  encoderSeed,
                  dataSeed,
                  sourceSeed,
                  probeSeed,
                  train,
                  test,
                  done,
                  total));
    }
    int parallel = options.parallel() == 0 ? context.parallel() : options.parallel();
    List<Run> results = RunPool.runAll(runs, parallel);
    return new InfoMaxReport(options, context.seed(), results).write(context.files(), name());
  }

  private MutualInformationGradient source(ExperimentContext context, String name, long seed) {
    Map<String, String> critic =
        context.components().estimator(name) instanceof TrainableEstimatorFactory
            ? InfoMaxOptions.CRITIC
            : Map.of();
    MutualInformationGradient inner =
        MiGradients.create(context.components(), name, critic, 2, options.dim(), seed);
    return new NoisyChannel(inner, options.noise(), seed ^ 0x5DEECE66DL);
  }

  private Run train(
      ExperimentContext context,
      String name,
      long encoderSeed,
      long dataSeed,
      long sourceSeed,
      long probeSeed,
      InfoMaxData train,
      InfoMaxData test,
      AtomicInteger done,
      int total) {
    MultiLayerNetwork encoder = encoder(encoderSeed);
    double initial = probe(encoder, train, test, probeSeed);
    MutualInformationGradient source = source(context, name, sourceSeed);
    int criticSteps =
        context.components().estimator(name) instanceof TrainableEstimatorFactory
            ? options.criticSteps()
            : 0;
    MultiLayerMiTrainer trainer =
        new MultiLayerMiTrainer(
            encoder, new MiTerm(source, Direction.MAXIMISE, 1.0, MiTerm.Side.X, criticSteps));
    SplittableRandom data = new SplittableRandom(dataSeed);
    List<double[]> trace = new ArrayList<>();
    trace.add(new double[] {0, alignment(encoder)});
    long[] stepNanos = new long[options.steps()];
    for (int step = 1; step <= options.steps(); step++) {
      InfoMaxData batch = InfoMaxData.sample(options.batch(), options.dim(), data);
      long start = System.nanoTime();
      trainer.step(batch.x(), batch.x());
      normaliseColumns(encoder);
      stepNanos[step - 1] = System.nanoTime() - start;
      if (step % options.evalEvery() == 0) {
        double alignment = alignment(encoder);
        trace.add(new double[] {step, alignment});
        int finished = done.incrementAndGet();
        context
            .listener()
            .progress(
                finished,
                total,
                String.format(
                    Locale.ROOT,
                    "[%d/%d] %s step %d: alignment %.3f",
                    finished,
                    total,
                    name,
                    step,
                    alignment));
      }
    }
    java.util.Arrays.sort(stepNanos);
    return new Run(
        name,
        trace,
        initial,
        probe(encoder, train, test, probeSeed),
        alignment(encoder),
        stepNanos[stepNanos.length / 2] / 1e6);
  }

  /** A linear map dim -> 2 without bias, Adam; its columns are kept at unit norm. */
  private MultiLayerNetwork encoder(long seed) {
    MultiLayerNetwork network =
        new MultiLayerNetwork(
            new NeuralNetConfiguration.Builder()
                .seed(seed)
                .updater(new Adam(options.learningRate()))
                .weightInit(WeightInit.XAVIER)
                .list()
                .layer(
                    new DenseLayer.Builder()
                        .nIn(options.dim())
                        .nOut(2)
                        .hasBias(false)
                        .activation(Activation.IDENTITY)
                        .build())
                .build());
    network.init();
    normaliseColumns(network);
    return network;
  }

  /** Projects W back onto unit-norm columns (each code unit a unit direction of x). */
  private static void normaliseColumns(MultiLayerNetwork encoder) {
    INDArray w = encoder.getParam("0_W");
    w.diviRowVector(w.norm2(0));
  }

  /** ‖W[cluster rows]‖²_F / ‖W‖²_F: the share of the code on the two cluster coordinates. */
  static double alignment(MultiLayerNetwork encoder) {
    INDArray w = encoder.getParam("0_W");
    double cluster = 0;
    double all = 0;
    for (int r = 0; r < w.rows(); r++) {
      for (int c = 0; c < w.columns(); c++) {
        double v = w.getDouble(r, c);
        all += v * v;
        if (r < 2) {
          cluster += v * v;
        }
      }
    }
    return cluster / all;
  }

  private static double probe(
      MultiLayerNetwork encoder, InfoMaxData train, InfoMaxData test, long seed) {
    return LinearProbe.accuracy(
        encoder.output(train.x(), false),
        train.labels(),
        encoder.output(test.x(), false),
        test.classes(),
        seed);
  }
}
