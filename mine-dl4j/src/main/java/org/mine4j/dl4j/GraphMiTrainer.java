package org.mine4j.dl4j;

import static java.util.Objects.requireNonNull;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.layers.IOutputLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.mine4j.api.MineException;
import org.mine4j.api.gradient.MiTerm;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * As {@link MultiLayerMiTrainer}, for a DL4J {@link ComputationGraph} with one input and one output
 * z (the external errors enter at that output; its vertex must carry no loss). Not thread-safe.
 */
public final class GraphMiTrainer extends NetworkMiTrainer {
  private final ComputationGraph graph;
  private final String output;

  /**
   * @throws MineException INVALID_OPTIONS for a graph with several inputs or outputs, or an output
   *     layer with its own loss
   */
  public GraphMiTrainer(ComputationGraph graph, MiTerm term) {
    super(term);
    this.graph = requireNonNull(graph, "graph is null");
    if (graph.getNumInputArrays() != 1 || graph.getNumOutputArrays() != 1) {
      throw MineException.invalidOptions(
          "the graph must have one input and one output z, found "
              + graph.getNumInputArrays()
              + " and "
              + graph.getNumOutputArrays());
    }
    this.output = graph.getConfiguration().getNetworkOutputs().get(0);
    Layer last = graph.getLayer(output);
    if (last instanceof IOutputLayer) {
      throw MineException.invalidOptions(
          "the graph's output '"
              + output
              + "' is an output layer with its own loss; make it a layer that outputs z and pass"
              + " the gradient of your loss with respect to z to step(features, partner,"
              + " ownLossGradient)");
    }
  }

  public ComputationGraph graph() {
    return graph;
  }

  @Override
  boolean averagesOverBatch() {
    return graph.getConfiguration().getDefaultConfiguration().isMiniBatch();
  }

  @Override
  INDArray forward(INDArray features) {
    return graph.feedForward(new INDArray[] {features}, true, false).get(output);
  }

  @Override
  Gradient backpropagate(INDArray epsilon) {
    return graph.backpropGradient(epsilon);
  }

  @Override
  void apply(Gradient gradient, int batchSize) {
    int iteration = graph.getIterationCount();
    graph
        .getUpdater()
        .update(
            gradient,
            iteration,
            graph.getEpochCount(),
            batchSize,
            LayerWorkspaceMgr.noWorkspaces());
    graph.params().subi(gradient.gradient());
    graph.getConfiguration().setIterationCount(iteration + 1);
  }
}
