package org.mine4j.bench.experiments;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The downstream linear probe of a representation: multinomial logistic regression (a DL4J softmax
 * output layer, cross-entropy, Adam 0.05, full-batch) fitted on the codes of training rows, scored
 * by its accuracy on the codes of test rows.
 */
final class LinearProbe {
  private static final int EPOCHS = 300;

  private LinearProbe() {}

  /** Test accuracy in [0, 1] of a probe fitted on (trainCodes, trainLabels). */
  static double accuracy(
      INDArray trainCodes, INDArray trainLabels, INDArray testCodes, int[] testClasses, long seed) {
    MultiLayerNetwork probe =
        new MultiLayerNetwork(
            new NeuralNetConfiguration.Builder()
                .seed(seed)
                .updater(new Adam(0.05))
                .list()
                .layer(
                    new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                        .nIn(trainCodes.columns())
                        .nOut(trainLabels.columns())
                        .activation(Activation.SOFTMAX)
                        .build())
                .build());
    probe.init();
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      probe.fit(trainCodes, trainLabels);
    }
    int[] predicted = probe.predict(testCodes);
    int correct = 0;
    for (int i = 0; i < predicted.length; i++) {
      if (predicted[i] == testClasses[i]) {
        correct++;
      }
    }
    return (double) correct / predicted.length;
  }
}
