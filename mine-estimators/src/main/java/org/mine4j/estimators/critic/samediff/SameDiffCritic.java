package org.mine4j.estimators.critic.samediff;

import static java.util.Objects.requireNonNull;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Samples;
import org.mine4j.api.network.PairIndex;
import org.mine4j.api.network.StatisticsNetwork;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A critic T(x, y) computed by any user-built SameDiff graph: the flexible path for user networks
 * in MINE (Belghazi et al. 2018), where the default {@code concat} critic is the fast path.
 *
 * <p>The graph has two float placeholders, x of shape [-1, dimX] and y of shape [-1, dimY], and an
 * output variable of shape [-1] or [-1, 1] giving the score T of each row. Pair p of a batch is fed
 * as row p: (x_{xRows[p]}, y_{yRows[p]}). The trainable parameters theta are the float {@code
 * VARIABLE}s given to the builder (by default all of them, sorted by name); the flat parameter
 * vector is their concatenation in that order, each flattened row-major. {@link #backward} gets
 * d/d(theta) of sum_p g_p T_p from SameDiff's reverse mode on an added loss {@code sum(T * g)},
 * with g a third placeholder.
 *
 * <p>The critic takes the graph over: it adds that placeholder and loss, sets the graph's loss
 * variables, and copies the flat parameters into the variables before each evaluation (SameDiff
 * stores its own copy of an array given to a variable, so the variables cannot be views of the flat
 * buffer). Expect a few times the time of the fast critic (per-op overhead, see the team's perf
 * notes). Not thread-safe: one instance per thread.
 */
public final class SameDiffCritic implements StatisticsNetwork {
  /** The placeholder for d(loss)/d(T) that the critic adds to the graph. */
  static final String SCORE_GRADIENT = "mine4j_score_gradient";

  /** The loss sum_p g_p T_p that the critic adds to the graph. */
  static final String WEIGHTED_SCORE_SUM = "mine4j_weighted_score_sum";

  /** Pairs fed to the graph at once by {@link #score}, which bounds its memory for all pairs. */
  private static final int SCORE_CHUNK = 8192;

  private final SameDiff graph;
  private final String xName;
  private final String yName;
  private final String outputName;
  private final FlatVariables variables;
  private final int dimX;
  private final int dimY;
  private final String description;
  private final PairRows trainingRows;
  private final PairRows evaluationRows;
  private INDArray scoreGradient;
  private float[] scores = new float[0];
  private int lastPairs = -1;
  private PairIndex lastPairIndex;
  private int lastRows;

  private SameDiffCritic(Builder builder) {
    this.graph = builder.graph;
    this.xName = builder.xName;
    this.yName = builder.yName;
    this.outputName = builder.outputName;
    this.dimX = GraphChecks.inputWidth(graph, xName, "x");
    this.dimY = GraphChecks.inputWidth(graph, yName, "y");
    GraphChecks.requireScoreVariable(graph, outputName);
    this.variables = new FlatVariables(graph, GraphChecks.trainables(graph, builder.trainables));
    addWeightedScoreLoss();
    this.trainingRows = new PairRows(dimX, dimY);
    this.evaluationRows = new PairRows(dimX, dimY);
    this.description =
        builder.description != null
            ? builder.description
            : "SameDiff critic x["
                + dimX
                + "], y["
                + dimY
                + "] -> "
                + outputName
                + " ("
                + variables.count()
                + " parameters in "
                + variables.names().size()
                + " variables)";
    GraphChecks.probe(this, dimX, dimY);
  }

  /**
   * Starts wrapping {@code graph}, whose placeholders {@code xName} and {@code yName} take the x
   * and y rows and whose variable {@code outputName} gives one score per row.
   */
  public static Builder builder(SameDiff graph, String xName, String yName, String outputName) {
    return new Builder(graph, xName, yName, outputName);
  }

  /** The graph, with the loss the critic added; its variables hold the last evaluated weights. */
  public SameDiff graph() {
    return graph;
  }

  /** The trainable variables in flat-vector order. */
  public List<String> trainableVariables() {
    return variables.names();
  }

  @Override
  public int dimX() {
    return dimX;
  }

  @Override
  public int dimY() {
    return dimY;
  }

  @Override
  public int parameterCount() {
    return variables.count();
  }

  @Override
  public FloatBuffer parameters() {
    return variables.parameters();
  }

  @Override
  public FloatBuffer gradients() {
    return variables.gradients();
  }

  /** {@inheritDoc} The returned array is reused by the next call with the same number of pairs. */
  @Override
  public float[] forward(Samples batch, PairIndex pairs) {
    requireNonNull(batch, "batch is null");
    requireNonNull(pairs, "pairs is null");
    requireDimensions(batch);
    int n = pairs.size();
    if (scores.length != n) {
      scores = new float[n];
    }
    lastPairs = -1;
    if (n > 0) {
      variables.load();
      trainingRows.fill(batch, pairs, 0, n);
      INDArray t = graph.output(inputs(trainingRows), outputName).get(outputName);
      readScores(t, n, scores, 0);
    }
    lastPairs = n;
    lastPairIndex = pairs;
    lastRows = batch.rows();
    return scores;
  }

  @Override
  public void backward(float[] scoreGradient) {
    gradients(scoreGradient, false);
  }

  @Override
  public void backward(float[] scoreGradient, float[] xGradient, float[] yGradient) {
    requireNonNull(xGradient, "xGradient is null");
    requireNonNull(yGradient, "yGradient is null");
    if (xGradient.length != lastRows * dimX || yGradient.length != lastRows * dimY) {
      throw new IllegalArgumentException(
          "input gradients need "
              + lastRows * dimX
              + " and "
              + lastRows * dimY
              + " values for the last batch of "
              + lastRows
              + " rows, found "
              + xGradient.length
              + " and "
              + yGradient.length);
    }
    Map<String, INDArray> gradients = gradients(scoreGradient, true);
    PairRows.scatter(gradient(gradients, xName), lastPairIndex::xRow, dimX, xGradient);
    PairRows.scatter(gradient(gradients, yName), lastPairIndex::yRow, dimY, yGradient);
  }

  @Override
  public boolean hasInputGradients() {
    return true;
  }

  /**
   * Reverse mode on the loss sum_p g_p T_p: fills the flat parameter gradient and returns
   * SameDiff's gradients (including the x and y placeholders when {@code withInputs}).
   */
  private Map<String, INDArray> gradients(float[] scoreGradient, boolean withInputs) {
    requireNonNull(scoreGradient, "scoreGradient is null");
    if (lastPairs < 0) {
      throw new IllegalStateException("backward needs a forward first");
    }
    if (scoreGradient.length != lastPairs) {
      throw new IllegalArgumentException(
          "scoreGradient has "
              + scoreGradient.length
              + " values but the last forward scored "
              + lastPairs
              + " pairs");
    }
    if (lastPairs == 0) {
      variables.clearGradients();
      return Map.of();
    }
    if (this.scoreGradient == null || this.scoreGradient.length() != lastPairs) {
      this.scoreGradient = NdArrays.floats(lastPairs);
    }
    NdArrays.write(scoreGradient, 0, this.scoreGradient);
    Map<String, INDArray> feed = inputs(trainingRows);
    feed.put(SCORE_GRADIENT, this.scoreGradient);
    List<String> wanted = new ArrayList<>(variables.names());
    if (withInputs) {
      wanted.add(xName);
      wanted.add(yName);
    }
    Map<String, INDArray> gradients = graph.calculateGradients(feed, wanted);
    variables.readGradients(gradients, this::gradient);
    return gradients;
  }

  /** Forgets the last training pass and clears the gradient (after the probe of the builder). */
  void resetTrainingPass() {
    lastPairs = -1;
    lastPairIndex = null;
    variables.clearGradients();
  }

  private INDArray gradient(Map<String, INDArray> gradients, String name) {
    INDArray g = gradients.get(name);
    if (g == null) {
      throw MineException.invalidOptions(
          "'"
              + name
              + "' does not influence the output '"
              + outputName
              + "' (SameDiff gives it no gradient); leave a trainable variable out with"
              + " trainableVariables(...), and make the output depend on both x and y");
    }
    return g;
  }

  @Override
  public float[] score(Samples batch, PairIndex pairs) {
    requireNonNull(batch, "batch is null");
    requireNonNull(pairs, "pairs is null");
    requireDimensions(batch);
    float[] out = new float[pairs.size()];
    if (out.length == 0) {
      return out;
    }
    variables.load();
    for (int from = 0; from < out.length; from += SCORE_CHUNK) {
      int count = Math.min(SCORE_CHUNK, out.length - from);
      evaluationRows.fill(batch, pairs, from, count);
      INDArray t = graph.output(inputs(evaluationRows), outputName).get(outputName);
      readScores(t, count, out, from);
    }
    return out;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return description;
  }

  private Map<String, INDArray> inputs(PairRows rows) {
    Map<String, INDArray> feed = new HashMap<>(4);
    feed.put(xName, rows.x());
    feed.put(yName, rows.y());
    return feed;
  }

  private void readScores(INDArray t, int n, float[] dst, int offset) {
    boolean oneColumn = t.rank() == 1 || (t.rank() == 2 && t.size(1) == 1);
    if (!oneColumn || t.length() != n) {
      throw MineException.invalidOptions(
          "the output '"
              + outputName
              + "' must give one score per row (shape [-1] or [-1, 1]); for "
              + n
              + " rows it has shape "
              + Arrays.toString(t.shape()));
    }
    NdArrays.read(t, dst, offset);
  }

  private void requireDimensions(Samples batch) {
    if (batch.dimX() != dimX || batch.dimY() != dimY) {
      throw new IllegalArgumentException(
          "the critic takes dimX="
              + dimX
              + " and dimY="
              + dimY
              + ", the batch has "
              + batch.dimX()
              + " and "
              + batch.dimY());
    }
  }

  private void addWeightedScoreLoss() {
    if (graph.hasVariable(SCORE_GRADIENT) || graph.hasVariable(WEIGHTED_SCORE_SUM)) {
      throw MineException.invalidOptions(
          "the graph already has a variable '"
              + SCORE_GRADIENT
              + "': it is wrapped by another SameDiffCritic; build a new graph for each critic");
    }
    SDVariable g = graph.placeHolder(SCORE_GRADIENT, DataType.FLOAT, -1);
    SDVariable t = graph.reshape(graph.getVariable(outputName), -1);
    graph.sum(WEIGHTED_SCORE_SUM, t.mul(g));
    graph.setLossVariables(WEIGHTED_SCORE_SUM);
    // The x and y placeholders need gradients too (input gradients); SameDiff builds its gradient
    // function once, for the variables named when it is first built.
    graph.createGradFunction(xName, yName);
  }

  /** Configures a {@link SameDiffCritic}: which variables train and how it describes itself. */
  public static final class Builder {
    private final SameDiff graph;
    private final String xName;
    private final String yName;
    private final String outputName;
    private List<String> trainables;
    private String description;

    private Builder(SameDiff graph, String xName, String yName, String outputName) {
      this.graph = requireNonNull(graph, "graph is null");
      this.xName = requireNonNull(xName, "xName is null");
      this.yName = requireNonNull(yName, "yName is null");
      this.outputName = requireNonNull(outputName, "outputName is null");
    }

    /**
     * The trainable variables in flat-vector order; variables left out stay fixed. Default: every
     * {@code VARIABLE} of the graph, sorted by name.
     */
    public Builder trainableVariables(List<String> names) {
      this.trainables = List.copyOf(requireNonNull(names, "names is null"));
      return this;
    }

    /** The one-line {@link StatisticsNetwork#description()}. */
    public Builder description(String text) {
      this.description = requireNonNull(text, "text is null");
      return this;
    }

    /**
     * Checks the graph, adds the weighted-score loss and runs it once on a 2-row batch.
     *
     * @throws MineException INVALID_OPTIONS if a placeholder, the output or a trainable variable is
     *     missing or has the wrong type or shape, or the graph fails on the probe batch
     */
    public SameDiffCritic build() {
      return new SameDiffCritic(this);
    }
  }
}
