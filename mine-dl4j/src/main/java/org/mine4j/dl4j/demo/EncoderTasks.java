package org.mine4j.dl4j.demo;

import java.util.Map;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.mine4j.api.gradient.Direction;
import org.mine4j.api.gradient.MiCritic;
import org.mine4j.api.gradient.MiTerm;
import org.mine4j.dl4j.SupervisedHead;
import org.mine4j.estimators.MiCritics;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Two small encoder problems with known answers, for tests and the {@code dl4j-encoders}
 * experiment: x in R^4 standard normal; (1) maximise I(z; y) for y = x1 + x2 + 0.3 e with a linear
 * z = W x in R^1, whose best direction is (1, 1, 0, 0); (2) predict t = x1 + 0.1 e from a linear z
 * = W x in R^2 while minimising I(z; s), s = x3, whose answer puts no weight on x3.
 */
public final class EncoderTasks {
  /** Rows per batch. */
  public static final int BATCH = 256;

  /** The MINE critic of the MI terms. */
  public static final Map<String, String> CRITIC =
      Map.of("hidden", "32,32", "learning-rate", "0.002", "batch-size", "256");

  private EncoderTasks() {}

  /** A batch of x (rows x 4) and the two targets: column 0 = x1 + x2 + 0.3 e, 1 = x1 + 0.1 e. */
  public static INDArray[] batch(SplittableRandom random) {
    float[] x = new float[BATCH * 4];
    float[] sum = new float[BATCH];
    float[] first = new float[BATCH];
    float[] third = new float[BATCH];
    for (int i = 0; i < BATCH; i++) {
      for (int c = 0; c < 4; c++) {
        x[i * 4 + c] = (float) normal(random);
      }
      sum[i] = (float) (x[i * 4] + x[i * 4 + 1] + 0.3 * normal(random));
      first[i] = (float) (x[i * 4] + 0.1 * normal(random));
      third[i] = x[i * 4 + 2];
    }
    return new INDArray[] {
      Nd4j.create(x, new long[] {BATCH, 4}, DataType.FLOAT),
      Nd4j.create(sum, new long[] {BATCH, 1}, DataType.FLOAT),
      Nd4j.create(first, new long[] {BATCH, 1}, DataType.FLOAT),
      Nd4j.create(third, new long[] {BATCH, 1}, DataType.FLOAT)
    };
  }

  /** A linear encoder 4 -> width without bias, Adam. */
  public static MultiLayerNetwork encoder(int width, double learningRate, long seed) {
    MultiLayerNetwork network =
        new MultiLayerNetwork(
            new NeuralNetConfiguration.Builder()
                .seed(seed)
                .updater(new Adam(learningRate))
                .weightInit(WeightInit.XAVIER)
                .list()
                .layer(
                    new DenseLayer.Builder()
                        .nIn(4)
                        .nOut(width)
                        .hasBias(false)
                        .activation(Activation.IDENTITY)
                        .build())
                .build());
    network.init();
    return network;
  }

  /** A linear regression head 2 -> 1 with a squared-error loss. */
  public static SupervisedHead head(long seed) {
    MultiLayerNetwork network =
        new MultiLayerNetwork(
            new NeuralNetConfiguration.Builder()
                .seed(seed)
                .updater(new Adam(0.01))
                .list()
                .layer(
                    new OutputLayer.Builder(LossFunctions.LossFunction.MSE)
                        .nIn(2)
                        .nOut(1)
                        .activation(Activation.IDENTITY)
                        .build())
                .build());
    network.init();
    return new SupervisedHead(network);
  }

  /** A MINE critic on (z, partner) for the term, with 5 critic steps per model step. */
  public static MiTerm term(int zWidth, Direction direction, double beta, long seed) {
    return term(MiCritics.create("mine", CRITIC, zWidth, 1, seed), direction, beta, 5);
  }

  /** The term of a given critic, the model's output on its x side. */
  public static MiTerm term(MiCritic critic, Direction direction, double beta, int criticSteps) {
    return new MiTerm(critic, direction, beta, MiTerm.Side.X, criticSteps);
  }

  public static double normal(SplittableRandom random) {
    double u = 1.0 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
