package org.mine4j.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.mine4j.api.gradient.Direction;
import org.mine4j.dl4j.demo.EncoderTasks;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J encoders trained with an MI term end to end, on the two problems of {@link EncoderTasks}:
 * the MI gradient from a MINE critic enters the encoder through {@link MultiLayerMiTrainer}.
 */
class Dl4jEncoderTest {
  @Test
  void maximisingTurnsTheEncoderTowardsTheInformativeDirection() {
    SplittableRandom random = new SplittableRandom(1);
    MultiLayerNetwork encoder = EncoderTasks.encoder(1, 0.01, 2);
    MultiLayerMiTrainer trainer =
        new MultiLayerMiTrainer(encoder, EncoderTasks.term(1, Direction.MAXIMISE, 1.0, 3));
    double start = cosine(encoder.getParam("0_W"));

    for (int step = 0; step < 400; step++) {
      INDArray[] batch = EncoderTasks.batch(random);
      trainer.step(batch[0], batch[1]);
    }

    // For z = w.x, corr(z, y)^2 = cos^2(w, a) * 2 / 2.09 with a = (1, 1, 0, 0), so I(z; y) =
    // -ln(1 - 0.957 cos^2) / 2: 1.57 nats at cos = 1, 1.19 at cos = 0.98 and 0.53 at cos = 0.8.
    // cos > 0.98 means the encoder found at least 1.19 of the 1.57 nats available; the MI is
    // invariant to the scale of w, so the direction is the whole answer.
    assertThat(cosine(encoder.getParam("0_W"))).isGreaterThan(0.98);
  }

  @Test
  void minimisingRemovesTheNuisanceAndKeepsThePrediction() {
    SplittableRandom random = new SplittableRandom(4);
    MultiLayerNetwork encoder = EncoderTasks.encoder(2, 0.01, 5);
    SupervisedHead head = EncoderTasks.head(6);
    MultiLayerMiTrainer trainer =
        new MultiLayerMiTrainer(encoder, EncoderTasks.term(2, Direction.MINIMISE, 1.0, 7));
    double nuisanceAtStart = rowNorm(encoder.getParam("0_W"), 2);

    for (int step = 0; step < 600; step++) {
      INDArray[] batch = EncoderTasks.batch(random);
      INDArray z = encoder.output(batch[0], true);
      INDArray ownLossGradient = head.step(z, batch[2]);
      trainer.step(batch[0], batch[3], ownLossGradient);
    }

    INDArray[] test = EncoderTasks.batch(new SplittableRandom(99));
    double mse = head.loss(encoder.output(test[0], false), test[2]);
    INDArray w = encoder.getParam("0_W");
    // The weights on x3 start as large as those on x1 (Xavier); minimising I(z; x3) must take
    // them below a tenth of the signal's, while the prediction keeps an MSE within 5 times the
    // noise floor 0.01 (var(0.1 e)); a head on z without x1 would score var(t) = 1.01.
    assertThat(nuisanceAtStart / rowNorm(w, 0)).isGreaterThan(0.5);
    assertThat(rowNorm(w, 2) / rowNorm(w, 0)).isLessThan(0.1);
    assertThat(mse).isLessThan(0.05);
  }

  @Test
  void withoutTheMiTermTheNuisanceStays() {
    // The same run with beta = 0: the squared error alone leaves the x3 weights where they were
    // (z has a direction the head can ignore), so the MI term is what removed them above.
    SplittableRandom random = new SplittableRandom(4);
    MultiLayerNetwork encoder = EncoderTasks.encoder(2, 0.01, 5);
    SupervisedHead head = EncoderTasks.head(6);
    MultiLayerMiTrainer trainer =
        new MultiLayerMiTrainer(encoder, EncoderTasks.term(2, Direction.MINIMISE, 0.0, 7));
    double nuisanceAtStart = rowNorm(encoder.getParam("0_W"), 2);

    for (int step = 0; step < 600; step++) {
      INDArray[] batch = EncoderTasks.batch(random);
      INDArray ownLossGradient = head.step(encoder.output(batch[0], true), batch[2]);
      trainer.step(batch[0], batch[3], ownLossGradient);
    }

    assertThat(rowNorm(encoder.getParam("0_W"), 2)).isGreaterThan(0.3 * nuisanceAtStart);
  }

  /** cos(w, (1, 1, 0, 0)) of a 4 x 1 weight matrix, sign-free. */
  private static double cosine(INDArray w) {
    double dot = w.getDouble(0, 0) + w.getDouble(1, 0);
    return Math.abs(dot) / (Math.sqrt(2) * w.norm2Number().doubleValue());
  }

  /** The norm of row r of W (the weights of input x_{r+1}). */
  private static double rowNorm(INDArray w, int r) {
    return w.getRow(r).norm2Number().doubleValue();
  }
}
