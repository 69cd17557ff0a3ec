package org.mine4j.dl4j;

import static java.util.Objects.requireNonNull;

import org.deeplearning4j.nn.api.layers.IOutputLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.mine4j.api.MineException;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A DL4J network with its own loss (an output layer) on top of a representation z: one step fits it
 * to labels and returns the gradient of its batch loss (a mean over rows) with respect to z, which
 * is the {@code ownLossGradient} of an encoder trained by {@link MultiLayerMiTrainer}. So an
 * encoder can minimise a prediction loss plus an MI term (the information bottleneck of Alemi et
 * al. 2017, with the MI estimated as in Belghazi et al. 2018, section 5.3). Not thread-safe.
 */
public final class SupervisedHead {
  private final MultiLayerNetwork network;

  /**
   * @throws MineException INVALID_OPTIONS if the network does not end in an output layer
   */
  public SupervisedHead(MultiLayerNetwork network) {
    this.network = requireNonNull(network, "network is null");
    if (!(network.getOutputLayer() instanceof IOutputLayer)) {
      throw MineException.invalidOptions(
          "a supervised head must end in an output layer (its loss), e.g. an OutputLayer");
    }
  }

  public MultiLayerNetwork network() {
    return network;
  }

  /**
   * One update of the head on (z, labels) with its own updater; returns d(mean loss)/dz at the
   * head's weights before the update.
   */
  public INDArray step(INDArray z, INDArray labels) {
    requireNonNull(z, "z is null");
    requireNonNull(labels, "labels is null");
    Pair<Gradient, INDArray> gradients = network.calculateGradients(z, labels, null, null);
    INDArray perExample = gradients.getSecond().dup();
    int rows = (int) z.rows();
    int iteration = network.getIterationCount();
    network
        .getUpdater()
        .update(
            network,
            gradients.getFirst(),
            iteration,
            network.getEpochCount(),
            rows,
            LayerWorkspaceMgr.noWorkspaces());
    network.params().subi(gradients.getFirst().gradient());
    network.setIterationCount(iteration + 1);
    boolean averages = network.getLayerWiseConfigurations().getConf(0).isMiniBatch();
    return averages ? perExample.divi(rows) : perExample;
  }

  /**
   * d(mean loss)/dz at the head's current weights, without updating it: what a generator receives
   * from a discriminator held fixed during the generator's step.
   */
  public INDArray inputGradient(INDArray z, INDArray labels) {
    requireNonNull(z, "z is null");
    requireNonNull(labels, "labels is null");
    INDArray perExample = network.calculateGradients(z, labels, null, null).getSecond().dup();
    boolean averages = network.getLayerWiseConfigurations().getConf(0).isMiniBatch();
    return averages ? perExample.divi(z.rows()) : perExample;
  }

  /** The head's loss on (z, labels), as DL4J scores it (a mean over rows). */
  public double loss(INDArray z, INDArray labels) {
    return network.score(new org.nd4j.linalg.dataset.DataSet(z, labels), false);
  }
}
