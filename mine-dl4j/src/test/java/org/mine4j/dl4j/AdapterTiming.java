package org.mine4j.dl4j;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.mine4j.api.data.Samples;
import org.mine4j.api.gradient.Direction;
import org.mine4j.api.gradient.MiTerm;
import org.mine4j.api.gradient.MutualInformationGradient;
import org.mine4j.api.gradient.SampleGradient;
import org.mine4j.estimators.MiCritics;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Time per step of the DL4J adapter against the bare DL4J step of the same encoder, side by side in
 * one JVM, alternating rounds, medians: (a) {@code fit} of the encoder with an MSE output layer on
 * a batch; (b) {@link MultiLayerMiTrainer#step} with a source that costs nothing (the adapter's own
 * overhead: forward, conversion, backpropGradient, updater); (c) the same with a MINE critic (1
 * critic step and one gradient per encoder step). A benchmark, not a test: run it with {@code
 * scripts/dl4j-adapter-timing.sh}.
 */
public final class AdapterTiming {
  private AdapterTiming() {}

  public static void main(String[] args) {
    int inputs = args.length > 0 ? Integer.parseInt(args[0]) : 784;
    int hidden = args.length > 1 ? Integer.parseInt(args[1]) : 256;
    int width = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    int batch = args.length > 3 ? Integer.parseInt(args[3]) : 128;
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 5;
    int steps = 200;
    Nd4j.getRandom().setSeed(1);
    INDArray x = Nd4j.rand(DataType.FLOAT, batch, inputs);
    INDArray y = Nd4j.rand(DataType.FLOAT, batch, 1);
    INDArray t = Nd4j.rand(DataType.FLOAT, batch, width);
    MultiLayerNetwork bare = network(inputs, hidden, width, true);
    MultiLayerMiTrainer free =
        new MultiLayerMiTrainer(
            network(inputs, hidden, width, false),
            new MiTerm(new Free(width), Direction.MAXIMISE, 1, MiTerm.Side.X, 0));
    MultiLayerMiTrainer mine =
        new MultiLayerMiTrainer(
            network(inputs, hidden, width, false),
            new MiTerm(
                MiCritics.create("mine", Map.of(), width, 1, 2L),
                Direction.MAXIMISE,
                1,
                MiTerm.Side.X,
                1));
    double[][] ms = new double[3][rounds];
    for (int r = -1; r < rounds; r++) { // round -1 warms the JIT up
      long start = System.nanoTime();
      for (int s = 0; s < steps; s++) {
        bare.fit(x, t);
      }
      long afterBare = System.nanoTime();
      for (int s = 0; s < steps; s++) {
        free.step(x, y);
      }
      long afterFree = System.nanoTime();
      for (int s = 0; s < steps; s++) {
        mine.step(x, y);
      }
      long afterMine = System.nanoTime();
      if (r >= 0) {
        ms[0][r] = (afterBare - start) / 1e6 / steps;
        ms[1][r] = (afterFree - afterBare) / 1e6 / steps;
        ms[2][r] = (afterMine - afterFree) / 1e6 / steps;
      }
    }
    double bareMedian = median(ms[0]);
    System.out.printf(
        Locale.ROOT,
        "encoder %d-%d-%d, batch %d, %d rounds of %d steps, medians:%n"
            + "  bare DL4J fit (MSE output layer)       %7.3f ms/step%n"
            + "  adapter step, cost-free MI source      %7.3f ms/step (%.2fx)%n"
            + "  adapter step, MINE critic 100-100 (1+1) %7.3f ms/step (%.2fx)%n",
        inputs,
        hidden,
        width,
        batch,
        rounds,
        steps,
        bareMedian,
        median(ms[1]),
        median(ms[1]) / bareMedian,
        median(ms[2]),
        median(ms[2]) / bareMedian);
  }

  private static MultiLayerNetwork network(int inputs, int hidden, int width, boolean withLoss) {
    NeuralNetConfiguration.ListBuilder list =
        new NeuralNetConfiguration.Builder()
            .seed(3)
            .updater(new Adam(1e-3))
            .list()
            .layer(
                new DenseLayer.Builder()
                    .nIn(inputs)
                    .nOut(hidden)
                    .activation(Activation.RELU)
                    .build());
    list.layer(
        withLoss
            ? new OutputLayer.Builder(LossFunctions.LossFunction.MSE)
                .nIn(hidden)
                .nOut(width)
                .activation(Activation.IDENTITY)
                .build()
            : new DenseLayer.Builder()
                .nIn(hidden)
                .nOut(width)
                .activation(Activation.IDENTITY)
                .build());
    MultiLayerNetwork network = new MultiLayerNetwork(list.build());
    network.init();
    return network;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** dI/dx = x: no work beyond a copy, so (b) times the adapter's own mechanics. */
  private record Free(int width) implements MutualInformationGradient {
    @Override
    public String name() {
      return "free";
    }

    @Override
    public int dimX() {
      return width;
    }

    @Override
    public int dimY() {
      return 1;
    }

    @Override
    public void fit(Samples batch, int steps) {}

    @Override
    public SampleGradient gradient(Samples batch) {
      return new SampleGradient(batch.xRowMajor(), new float[batch.rows()], batch.rows(), width, 1);
    }
  }
}
