package org.mine4j.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Samples;
import org.mine4j.api.gradient.Direction;
import org.mine4j.api.gradient.MiTerm;
import org.mine4j.api.gradient.MutualInformationGradient;
import org.mine4j.api.gradient.SampleGradient;
import org.mine4j.estimators.gradient.AdaptiveClipping;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * What the adapters do to a network, exactly: with plain SGD at rate eta on a linear map z = x W
 * (no bias) and a source whose dI/dz is known (the fake below returns c * partner), one step must
 * move W by -eta x^T e, e = -sign beta dI/dz + own loss gradient, for every kind of network; the
 * clipped step by -eta times the adaptive combination of the two parameter gradients. Float32
 * arithmetic on O(1) values: 1e-5 absolute.
 */
class TrainerSemanticsTest {
  private static final int ROWS = 5;
  private static final double ETA = 0.1;
  private static final float C = 0.7f;

  /** dI/dx = C * y, dI/dy = 0, counting the critic steps it was asked for. */
  private static final class KnownGradient implements MutualInformationGradient {
    int fitted;

    @Override
    public String name() {
      return "known";
    }

    @Override
    public int dimX() {
      return 2;
    }

    @Override
    public int dimY() {
      return 2;
    }

    @Override
    public void fit(Samples batch, int steps) {
      fitted += steps;
    }

    @Override
    public SampleGradient gradient(Samples batch) {
      float[] y = batch.yRowMajor();
      for (int i = 0; i < y.length; i++) {
        y[i] *= C;
      }
      return new SampleGradient(y, new float[y.length], batch.rows(), 2, 2);
    }
  }

  private static MultiLayerNetwork linear() {
    MultiLayerNetwork network =
        new MultiLayerNetwork(
            new NeuralNetConfiguration.Builder()
                .seed(1)
                .updater(new Sgd(ETA))
                .list()
                .layer(
                    new DenseLayer.Builder()
                        .nIn(3)
                        .nOut(2)
                        .hasBias(false)
                        .activation(Activation.IDENTITY)
                        .build())
                .build());
    network.init();
    return network;
  }

  private static INDArray uniform(long seed, int rows, int cols) {
    Nd4j.getRandom().setSeed(seed);
    return Nd4j.rand(DataType.FLOAT, rows, cols).subi(0.5).muli(2);
  }

  /** -eta x^T e: the SGD update of W for the error e at the output. */
  private static INDArray expectedUpdate(INDArray x, INDArray e) {
    return x.transpose().mmul(e).muli(-ETA);
  }

  @Test
  void oneStepMovesTheWeightsByTheBackPropagatedError() {
    MultiLayerNetwork network = linear();
    INDArray before = network.getParam("0_W").dup();
    INDArray x = uniform(2, ROWS, 3);
    INDArray partner = uniform(3, ROWS, 2);
    INDArray own = uniform(4, ROWS, 2);
    KnownGradient source = new KnownGradient();
    MiTerm term = new MiTerm(source, Direction.MAXIMISE, 2.0, MiTerm.Side.X, 3);

    MiUpdate update = new MultiLayerMiTrainer(network, term).step(x, partner, own);

    // Maximise with beta 2: e = -2 C partner + own.
    INDArray e = partner.mul(-2.0 * C).addi(own);
    assertClose(network.getParam("0_W").sub(before), expectedUpdate(x, e));
    assertClose(update.miLossGradient(), partner.mul(-2.0 * C));
    assertClose(update.output(), x.mmul(before));
    assertThat(source.fitted).isEqualTo(3);
  }

  @Test
  void minimisingFlipsTheSignOfTheMiTerm() {
    MultiLayerNetwork network = linear();
    INDArray before = network.getParam("0_W").dup();
    INDArray x = uniform(5, ROWS, 3);
    INDArray partner = uniform(6, ROWS, 2);
    MiTerm term = new MiTerm(new KnownGradient(), Direction.MINIMISE, 0.5, MiTerm.Side.X, 0);

    new MultiLayerMiTrainer(network, term).step(x, partner);

    assertClose(network.getParam("0_W").sub(before), expectedUpdate(x, partner.mul(0.5 * C)));
  }

  @Test
  void theClippedStepCombinesTheTwoParameterGradientsAdaptively() {
    MultiLayerNetwork network = linear();
    INDArray before = network.getParam("0_W").dup();
    INDArray x = uniform(7, ROWS, 3);
    INDArray partner = uniform(8, ROWS, 2).muli(50); // an MI gradient far larger than the model's
    INDArray own = uniform(9, ROWS, 2);
    double beta = 0.8;
    MiTerm term = new MiTerm(new KnownGradient(), Direction.MAXIMISE, beta, MiTerm.Side.X, 0);

    new MultiLayerMiTrainer(network, term).stepClipped(x, partner, own);

    float[] gOwn = x.transpose().mmul(own).dup('c').data().asFloat();
    float[] gMi = x.transpose().mmul(partner.mul(-C)).dup('c').data().asFloat();
    AdaptiveClipping.combine(gOwn, gMi, beta);
    INDArray expected = Nd4j.create(gOwn, new long[] {3, 2}, DataType.FLOAT).muli(-ETA);
    assertClose(network.getParam("0_W").sub(before), expected);
  }

  @Test
  void aComputationGraphTakesTheSameStep() {
    ComputationGraph graph =
        new ComputationGraph(
            new NeuralNetConfiguration.Builder()
                .seed(1)
                .updater(new Sgd(ETA))
                .graphBuilder()
                .addInputs("in")
                .addLayer(
                    "z",
                    new DenseLayer.Builder()
                        .nIn(3)
                        .nOut(2)
                        .hasBias(false)
                        .activation(Activation.IDENTITY)
                        .build(),
                    "in")
                .setOutputs("z")
                .build());
    graph.init();
    INDArray before = graph.getParam("z_W").dup();
    INDArray x = uniform(10, ROWS, 3);
    INDArray partner = uniform(11, ROWS, 2);
    MiTerm term = new MiTerm(new KnownGradient(), Direction.MAXIMISE, 1.0, MiTerm.Side.X, 0);

    new GraphMiTrainer(graph, term).step(x, partner);

    assertClose(graph.getParam("z_W").sub(before), expectedUpdate(x, partner.mul(-C)));
  }

  @Test
  void aSameDiffGraphTakesTheSameStep() {
    SameDiff sd = SameDiff.create();
    SDVariable x = sd.placeHolder("x", DataType.FLOAT, -1, 3);
    INDArray w0 = uniform(12, 3, 2);
    SDVariable w = sd.var("w", w0.dup());
    x.mmul("z", w);
    INDArray input = uniform(13, ROWS, 3);
    INDArray partner = uniform(14, ROWS, 2);
    MiTerm term = new MiTerm(new KnownGradient(), Direction.MAXIMISE, 1.0, MiTerm.Side.X, 0);

    new SameDiffMiTrainer(sd, "z", List.of("w"), new Sgd(ETA), term)
        .step(Map.of("x", input), partner);

    assertClose(sd.getArrForVarName("w").sub(w0), expectedUpdate(input, partner.mul(-C)));
  }

  @Test
  void aNetworkEndingInAnOutputLayerIsRefusedWithTheFix() {
    MultiLayerNetwork withLoss =
        new MultiLayerNetwork(
            new NeuralNetConfiguration.Builder()
                .list()
                .layer(
                    new OutputLayer.Builder(LossFunctions.LossFunction.MSE)
                        .nIn(3)
                        .nOut(2)
                        .activation(Activation.IDENTITY)
                        .build())
                .build());
    withLoss.init();
    MiTerm term = new MiTerm(new KnownGradient(), Direction.MAXIMISE, 1.0, MiTerm.Side.X, 0);

    assertThatThrownBy(() -> new MultiLayerMiTrainer(withLoss, term))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("ends in an output layer")
        .hasMessageContaining("ownLossGradient");
  }

  @Test
  void aPartnerOfTheWrongShapeIsRefused() {
    MiTerm term = new MiTerm(new KnownGradient(), Direction.MAXIMISE, 1.0, MiTerm.Side.X, 0);
    MultiLayerMiTrainer trainer = new MultiLayerMiTrainer(linear(), term);

    assertThatThrownBy(() -> trainer.step(uniform(1, ROWS, 3), uniform(1, ROWS + 1, 2)))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("partner must have 5 rows of 2 values");
  }

  private static void assertClose(INDArray actual, INDArray expected) {
    assertThat(actual.shape()).containsExactly(expected.shape());
    float[] a = actual.dup('c').data().asFloat();
    float[] e = expected.dup('c').data().asFloat();
    for (int i = 0; i < a.length; i++) {
      assertThat((double) a[i])
          .as("entry %d", i)
          .isCloseTo(e[i], within(1e-5 * (1 + Math.abs(e[i]))));
    }
  }
}
