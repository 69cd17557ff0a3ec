package org.mine4j.dl4j;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.deeplearning4j.nn.api.layers.IOutputLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.mine4j.api.MineException;
import org.mine4j.api.gradient.MiTerm;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Trains a DL4J {@link MultiLayerNetwork} whose output z enters an MI term: each step forwards the
 * features, asks the term for d(-sign beta I(z; partner))/dz, adds the gradient of the model's own
 * loss if given, back-propagates the sum as external errors ({@code backpropGradient}) and applies
 * the network's own updater, as DL4J's external-errors pattern does. For example, an encoder that
 * maximises I(z; y):
 *
 * <pre>{@code
 * MiCritic critic = MiCritics.create("mine", Map.of(), 1, 1, 0L);
 * MiTerm term = new MiTerm(critic, Direction.MAXIMISE, 1.0, MiTerm.Side.X, 5);
 * MultiLayerMiTrainer trainer = new MultiLayerMiTrainer(encoder, term);
 * for (...) { trainer.step(xBatch, yBatch); }
 * }</pre>
 *
 * The network must end in a layer without a loss (a dense or activation layer): its output is z
 * itself. Its own loss, if any, enters as the gradient with respect to z. Not thread-safe.
 */
public final class MultiLayerMiTrainer extends NetworkMiTrainer {
  private final MultiLayerNetwork network;

  /**
   * @throws MineException INVALID_OPTIONS if the network ends in an output layer
   */
  public MultiLayerMiTrainer(MultiLayerNetwork network, MiTerm term) {
    super(term);
    this.network = requireNonNull(network, "network is null");
    if (network.getOutputLayer() instanceof IOutputLayer) {
      throw MineException.invalidOptions(
          "the network ends in an output layer with its own loss; end it in a layer that outputs z"
              + " (a DenseLayer or ActivationLayer) and pass the gradient of your loss with respect"
              + " to z to step(features, partner, ownLossGradient)");
    }
  }

  public MultiLayerNetwork network() {
    return network;
  }

  @Override
  boolean averagesOverBatch() {
    return network.getLayerWiseConfigurations().getConf(0).isMiniBatch();
  }

  @Override
  INDArray forward(INDArray features) {
    network.setInput(features);
    List<INDArray> activations = network.feedForward(true, false);
    return activations.get(activations.size() - 1);
  }

  @Override
  Gradient backpropagate(INDArray epsilon) {
    return network.backpropGradient(epsilon, LayerWorkspaceMgr.noWorkspaces()).getFirst();
  }

  @Override
  void apply(Gradient gradient, int batchSize) {
    int iteration = network.getIterationCount();
    network
        .getUpdater()
        .update(
            network,
            gradient,
            iteration,
            network.getEpochCount(),
            batchSize,
            LayerWorkspaceMgr.noWorkspaces());
    network.params().subi(gradient.gradient());
    network.setIterationCount(iteration + 1);
  }
}
