package org.mine4j.estimators.critic.samediff;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.mine4j.estimators.critic.Activation;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The concat critic of MINE (Belghazi et al. 2018), T(x, y) = MLP([x, y]), as a SameDiff graph:
 * hidden layers H_l = act(H_{l-1} W_l + b_l), then a scalar linear output. It is the same network
 * as the fast {@code concat} critic, written the way a user would bring their own network, so it
 * checks the flexible {@link SameDiffCritic} path against the fast one and shows how to use it.
 *
 * <p>The trainable variables {@code w1, b1, w2, b2, ...} have shapes (fanIn x fanOut) and (fanOut),
 * in that order, so the flat parameter vector has the fixed layout of the concat critic: for each
 * layer, W_l row-major, then b_l; layer 1 reads [x, y] with the x columns first. The same flat
 * vector loads into both critics.
 */
public final class SameDiffMlp {
  /** The x placeholder, [-1, dimX]. */
  public static final String X = "x";

  /** The y placeholder, [-1, dimY]. */
  public static final String Y = "y";

  /** The output T, [-1, 1]. */
  public static final String OUTPUT = "t";

  private SameDiffMlp() {}

  /**
   * A critic initialised like PyTorch's {@code nn.Linear} default: every weight and bias of layer l
   * uniform in +-1/sqrt(fanIn_l), drawn in flat-layout order from a {@link SplittableRandom} seeded
   * with {@code seed}.
   */
  public static SameDiffCritic critic(
      int dimX, int dimY, int[] hidden, Activation activation, long seed) {
    return critic(dimX, dimY, hidden, activation, initialParameters(dimX, dimY, hidden, seed));
  }

  /** A critic whose flat parameter vector starts as {@code parameters} (copied). */
  public static SameDiffCritic critic(
      int dimX, int dimY, int[] hidden, Activation activation, float[] parameters) {
    SameDiff graph = graph(dimX, dimY, hidden, activation, parameters);
    return SameDiffCritic.builder(graph, X, Y, OUTPUT)
        .trainableVariables(variableNames(hidden.length))
        .description(description(dimX, dimY, hidden, activation))
        .build();
  }

  /**
   * The graph: placeholders {@link #X} and {@link #Y}, output {@link #OUTPUT}, variables {@link
   * #variableNames} set from {@code parameters} in the flat layout.
   *
   * @throws IllegalArgumentException for non-positive sizes or a parameter vector of the wrong
   *     length
   */
  public static SameDiff graph(
      int dimX, int dimY, int[] hidden, Activation activation, float[] parameters) {
    requireNonNull(activation, "activation is null");
    requireNonNull(parameters, "parameters is null");
    int[] widths = widths(dimX, dimY, hidden);
    int count = parameterCount(dimX, dimY, hidden);
    if (parameters.length != count) {
      throw new IllegalArgumentException(
          "the network has " + count + " parameters, found " + parameters.length + " values");
    }
    SameDiff sd = SameDiff.create();
    SDVariable x = sd.placeHolder(X, DataType.FLOAT, -1, dimX);
    SDVariable y = sd.placeHolder(Y, DataType.FLOAT, -1, dimY);
    SDVariable h = sd.concat("xy", 1, x, y);
    int offset = 0;
    int layers = widths.length - 1;
    for (int l = 0; l < layers; l++) {
      int fanIn = widths[l];
      int fanOut = widths[l + 1];
      float[] w = Arrays.copyOfRange(parameters, offset, offset + fanIn * fanOut);
      offset += fanIn * fanOut;
      float[] b = Arrays.copyOfRange(parameters, offset, offset + fanOut);
      offset += fanOut;
      SDVariable weights =
          sd.var("w" + (l + 1), Nd4j.create(w, new long[] {fanIn, fanOut}, DataType.FLOAT));
      SDVariable bias = sd.var("b" + (l + 1), Nd4j.create(b, new long[] {fanOut}, DataType.FLOAT));
      if (l < layers - 1) {
        h = activate(sd, sd.nn.linear("z" + (l + 1), h, weights, bias), activation, l + 1);
      } else {
        h = sd.nn.linear(OUTPUT, h, weights, bias);
      }
    }
    return sd;
  }

  /** {@code w1, b1, ..., w(L+1), b(L+1)} for L hidden layers: the flat-layout order. */
  public static List<String> variableNames(int hiddenLayers) {
    List<String> names = new ArrayList<>();
    for (int l = 1; l <= hiddenLayers + 1; l++) {
      names.add("w" + l);
      names.add("b" + l);
    }
    return List.copyOf(names);
  }

  /** The number of parameters: sum over layers of (fanIn + 1) * fanOut. */
  public static int parameterCount(int dimX, int dimY, int[] hidden) {
    int[] widths = widths(dimX, dimY, hidden);
    long count = 0;
    for (int l = 0; l + 1 < widths.length; l++) {
      count += ((long) widths[l] + 1) * widths[l + 1];
    }
    if (count > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("the network has too many parameters: " + count);
    }
    return (int) count;
  }

  /** PyTorch's default initialisation, uniform in +-1/sqrt(fanIn), in flat-layout order. */
  public static float[] initialParameters(int dimX, int dimY, int[] hidden, long seed) {
    int[] widths = widths(dimX, dimY, hidden);
    float[] parameters = new float[parameterCount(dimX, dimY, hidden)];
    SplittableRandom random = new SplittableRandom(seed);
    int offset = 0;
    for (int l = 0; l + 1 < widths.length; l++) {
      double bound = 1.0 / Math.sqrt(widths[l]);
      int end = offset + (widths[l] + 1) * widths[l + 1];
      for (int i = offset; i < end; i++) {
        parameters[i] = (float) random.nextDouble(-bound, bound);
      }
      offset = end;
    }
    return parameters;
  }

  /** E.g. {@code SameDiff concat MLP 2-100-100-1 relu}. */
  static String description(int dimX, int dimY, int[] hidden, Activation activation) {
    String widths =
        Arrays.stream(hidden).mapToObj(Integer::toString).collect(Collectors.joining("-"));
    return "SameDiff concat MLP " + (dimX + dimY) + "-" + widths + "-1 " + activation.optionName();
  }

  private static SDVariable activate(SameDiff sd, SDVariable z, Activation activation, int layer) {
    String name = "h" + layer;
    return switch (activation) {
      case RELU -> sd.nn.relu(name, z, 0);
      case TANH -> sd.nn.tanh(name, z);
      case ELU -> sd.nn.elu(name, z);
    };
  }

  /** dimX + dimY, the hidden sizes, 1. */
  private static int[] widths(int dimX, int dimY, int[] hidden) {
    requireNonNull(hidden, "hidden is null");
    if (dimX <= 0 || dimY <= 0) {
      throw new IllegalArgumentException(
          "dimX and dimY must be positive, found " + dimX + " and " + dimY);
    }
    if (hidden.length == 0) {
      throw new IllegalArgumentException("at least one hidden layer is needed");
    }
    int[] widths = new int[hidden.length + 2];
    widths[0] = dimX + dimY;
    for (int l = 0; l < hidden.length; l++) {
      if (hidden[l] <= 0) {
        throw new IllegalArgumentException("hidden sizes must be positive, found " + hidden[l]);
      }
      widths[l + 1] = hidden[l];
    }
    widths[hidden.length + 1] = 1;
    return widths;
  }
}
