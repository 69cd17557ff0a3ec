package org.mine4j.estimators.critic.samediff;

import static java.util.Objects.requireNonNull;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The trainable variables of a SameDiff graph as one flat parameter vector and one flat gradient
 * vector: their concatenation in the given order, each flattened row-major. SameDiff keeps its own
 * copy of a variable's array, so the parameters are copied into the graph before it runs ({@link
 * #load}) and gradients copied out of SameDiff's result ({@link #readGradients}).
 */
final class FlatVariables {
  private final SameDiff graph;
  private final List<String> names;
  private final long[][] shapes;
  private final int[] offsets;
  private final float[] params;
  private final float[] grads;
  private final FloatBuffer paramBuffer;
  private final FloatBuffer gradBuffer;

  /** Starts with the graph's current values of the variables {@code names}. */
  FlatVariables(SameDiff graph, List<String> names) {
    this.graph = requireNonNull(graph, "graph is null");
    this.names = List.copyOf(names);
    this.shapes = new long[names.size()][];
    this.offsets = new int[names.size() + 1];
    long total = 0;
    for (int i = 0; i < names.size(); i++) {
      INDArray array = graph.getArrForVarName(names.get(i));
      shapes[i] = array.shape();
      offsets[i] = (int) total;
      total += array.length();
      if (total > Integer.MAX_VALUE - 8) {
        throw MineException.invalidOptions("the graph has more than 2^31 trainable parameters");
      }
    }
    offsets[names.size()] = (int) total;
    this.params = new float[(int) total];
    this.grads = new float[(int) total];
    this.paramBuffer = FloatBuffer.wrap(params);
    this.gradBuffer = FloatBuffer.wrap(grads);
    for (int i = 0; i < names.size(); i++) {
      NdArrays.read(graph.getArrForVarName(names.get(i)), params, offsets[i]);
    }
  }

  List<String> names() {
    return names;
  }

  int count() {
    return params.length;
  }

  FloatBuffer parameters() {
    return paramBuffer;
  }

  FloatBuffer gradients() {
    return gradBuffer;
  }

  /** Copies the flat parameters into the graph's variables. */
  void load() {
    for (int i = 0; i < names.size(); i++) {
      NdArrays.write(params, offsets[i], graph.getArrForVarName(names.get(i)));
    }
  }

  /** Sets the flat gradient to zero. */
  void clearGradients() {
    Arrays.fill(grads, 0f);
  }

  /**
   * Copies each variable's gradient from SameDiff's result into the flat gradient vector.
   *
   * @param gradient looks a variable's gradient up, failing with a message when it has none
   */
  void readGradients(Map<String, INDArray> gradients, GradientLookup gradient) {
    for (int i = 0; i < names.size(); i++) {
      INDArray g = gradient.of(gradients, names.get(i));
      if (g.length() != offsets[i + 1] - offsets[i]) {
        throw new MineException(
            ErrorCode.INTERNAL,
            "the gradient of '"
                + names.get(i)
                + "' has shape "
                + Arrays.toString(g.shape())
                + ", the variable "
                + Arrays.toString(shapes[i]));
      }
      NdArrays.read(g, grads, offsets[i]);
    }
  }

  /** Finds a named gradient in SameDiff's result, or fails saying why it is missing. */
  @FunctionalInterface
  interface GradientLookup {
    INDArray of(Map<String, INDArray> gradients, String name);
  }
}
