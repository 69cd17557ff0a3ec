package org.mine4j.dl4j;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mine4j.api.MineException;
import org.mine4j.api.gradient.MiTerm;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * Trains a SameDiff graph whose variable z enters an MI term, as {@link MultiLayerMiTrainer} does
 * for DL4J networks: the term's d(-sign beta I(z; partner))/dz enters the graph through an added
 * loss sum(z * e), e a placeholder holding that gradient, alongside the graph's own loss variables
 * (if any, with their placeholders in the feed); SameDiff's reverse mode gives the parameter
 * gradients and one ND4J updater per trainable variable applies them (Belghazi et al. 2018, section
 * 5). The trainer takes the graph over: it adds the placeholder and the loss and sets the loss
 * variables. Not thread-safe.
 */
public final class SameDiffMiTrainer {
  /** The placeholder of d(loss)/dz that the trainer adds. */
  static final String EXTERNAL_ERROR = "mine4j_external_error";

  private final SameDiff graph;
  private final String output;
  private final MiTerm term;
  private final List<String> trainables;
  private final Map<String, GradientUpdater> updaters = new LinkedHashMap<>();
  private int iteration;

  /**
   * @param output the variable z, shape [-1, width] with width the term's output width
   * @param trainables the variables to train (their gradients and updates)
   * @param updater the optimiser configuration (e.g. {@code new Adam(1e-3)}), one state per
   *     variable
   * @throws MineException INVALID_OPTIONS for a missing variable or a graph wrapped before
   */
  public SameDiffMiTrainer(
      SameDiff graph, String output, List<String> trainables, IUpdater updater, MiTerm term) {
    this.graph = requireNonNull(graph, "graph is null");
    this.output = requireNonNull(output, "output is null");
    this.term = requireNonNull(term, "term is null");
    this.trainables = List.copyOf(requireNonNull(trainables, "trainables is null"));
    requireNonNull(updater, "updater is null");
    if (graph.hasVariable(EXTERNAL_ERROR)) {
      throw MineException.invalidOptions(
          "the graph is already wrapped by a SameDiffMiTrainer; build a new graph for each");
    }
    for (String name : this.trainables) {
      if (!graph.hasVariable(name) || graph.getArrForVarName(name) == null) {
        throw MineException.invalidOptions("the graph has no trainable variable '" + name + "'");
      }
      INDArray values = graph.getArrForVarName(name);
      long stateSize = updater.stateSize(values.length());
      INDArray state = stateSize == 0 ? null : Nd4j.zeros(DataType.FLOAT, 1, stateSize);
      updaters.put(name, updater.instantiate(state, true));
    }
    if (!graph.hasVariable(output)) {
      throw MineException.invalidOptions("the graph has no variable '" + output + "'");
    }
    SDVariable error = graph.placeHolder(EXTERNAL_ERROR, DataType.FLOAT, -1, term.outputWidth());
    SDVariable external = graph.sum(graph.getVariable(output).mul(error));
    List<String> losses = new ArrayList<>(graph.getLossVariables());
    losses.add(external.name());
    graph.setLossVariables(losses.toArray(new String[0]));
  }

  /** The MI term. */
  public MiTerm term() {
    return term;
  }

  /**
   * One step: z from {@code feed} (the graph's placeholders, including those of its own loss), the
   * MI term's gradient at (z, partner), one update of every trainable variable from the gradient of
   * the graph's own losses plus the MI term.
   */
  public MiUpdate step(Map<String, INDArray> feed, INDArray partner) {
    requireNonNull(feed, "feed is null");
    requireNonNull(partner, "partner is null");
    INDArray z = graph.output(feed, output).get(output).dup();
    int rows = (int) z.rows();
    if (z.rank() != 2 || z.columns() != term.outputWidth()) {
      throw MineException.invalidOptions(
          "'"
              + output
              + "' has shape "
              + java.util.Arrays.toString(z.shape())
              + " but the MI term takes rows of "
              + term.outputWidth()
              + " values");
    }
    if (partner.rank() != 2 || partner.rows() != rows || partner.columns() != term.partnerWidth()) {
      throw MineException.invalidData(
          "partner must have "
              + rows
              + " rows of "
              + term.partnerWidth()
              + " values, found shape "
              + java.util.Arrays.toString(partner.shape()));
    }
    float[] dz =
        term.miGradient(Arrays2d.rowMajor(z, output), Arrays2d.rowMajor(partner, "partner"), rows);
    double norm = org.mine4j.estimators.gradient.AdaptiveClipping.norm(dz);
    term.toLossGradient(dz);
    INDArray epsilon = Arrays2d.matrix(dz, rows, z.columns());
    Map<String, INDArray> withError = new HashMap<>(feed);
    withError.put(EXTERNAL_ERROR, epsilon);
    Map<String, INDArray> gradients = graph.calculateGradients(withError, trainables);
    for (String name : trainables) {
      INDArray gradient = gradients.get(name);
      if (gradient == null) {
        throw MineException.invalidOptions(
            "trainable variable '" + name + "' does not influence the loss (no gradient)");
      }
      updaters.get(name).applyUpdater(gradient, iteration, 0);
      graph.getArrForVarName(name).subi(gradient);
    }
    iteration++;
    return new MiUpdate(z, epsilon, norm);
  }
}
