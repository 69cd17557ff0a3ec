package org.mine4j.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The head's gradient with respect to z is that of its mean loss: central differences of DL4J's own
 * score (a mean over rows) in double precision, step 1e-4; the squared-error loss is quadratic in
 * z, so the difference is exact up to rounding (1e-10 relative).
 */
class SupervisedHeadTest {
  @Test
  void theInputGradientIsTheDerivativeOfTheMeanLossAndLeavesTheHeadAlone() {
    Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    try {
      MultiLayerNetwork network =
          new MultiLayerNetwork(
              new NeuralNetConfiguration.Builder()
                  .seed(1)
                  .dataType(DataType.DOUBLE)
                  .updater(new Sgd(0.1))
                  .list()
                  .layer(
                      new OutputLayer.Builder(LossFunctions.LossFunction.MSE)
                          .nIn(3)
                          .nOut(2)
                          .activation(Activation.IDENTITY)
                          .build())
                  .build());
      network.init();
      SupervisedHead head = new SupervisedHead(network);
      Nd4j.getRandom().setSeed(2);
      INDArray z = Nd4j.rand(DataType.DOUBLE, 4, 3);
      INDArray labels = Nd4j.rand(DataType.DOUBLE, 4, 2);
      INDArray before = network.params().dup();

      INDArray gradient = head.inputGradient(z, labels);

      assertThat(network.params()).isEqualTo(before);
      double h = 1e-4;
      for (int r = 0; r < 4; r++) {
        for (int c = 0; c < 3; c++) {
          INDArray plus = z.dup();
          INDArray minus = z.dup();
          plus.putScalar(r, c, z.getDouble(r, c) + h);
          minus.putScalar(r, c, z.getDouble(r, c) - h);
          double numeric = (head.loss(plus, labels) - head.loss(minus, labels)) / (2 * h);
          assertThat(gradient.getDouble(r, c)).isCloseTo(numeric, within(1e-8));
        }
      }
    } finally {
      Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
    }
  }
}
