package org.mine4j.estimators.critic;

import static java.util.Objects.requireNonNull;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.mine4j.api.data.Samples;
import org.mine4j.api.network.PairIndex;
import org.mine4j.api.network.StatisticsNetwork;
import org.mine4j.estimators.critic.internal.ConcatMlpEngine;
import org.mine4j.estimators.critic.internal.MlpLayout;

/**
 * The concat critic of MINE (Belghazi et al. 2018): T(x, y) = MLP([x, y]), hidden layers of the
 * given sizes and activation, a scalar linear output. The default statistics network for shuffled
 * negatives.
 *
 * <p>Flat parameter layout (shared with every other implementation of this critic): for each layer
 * l = 1..L+1 in order, W_l row-major with shape (fanIn x fanOut), so that H_l = act(H_{l-1} W_l +
 * b_l), then b_l (fanOut). Layer 1 reads [x, y] with the x columns first. Initialisation follows
 * PyTorch's {@code nn.Linear} default: W and b uniform in +-1/sqrt(fanIn), drawn in layout order
 * from a {@link SplittableRandom} seeded with the given seed.
 *
 * <p>Forward and backward are hand-derived plain-Java kernels on preallocated heap buffers (no
 * native calls per step); the first layer is evaluated once per sample row and gathered per pair.
 * Training and evaluation ({@link #score}) use separate buffers. Not thread-safe: one instance per
 * thread.
 */
public final class ConcatMlpCritic implements StatisticsNetwork {
  /** Pairs scored per chunk by {@link #score}, which bounds its memory for all-pairs evaluation. */
  private static final int SCORE_CHUNK = 4096;

  private final MlpLayout layout;
  private final int[] hidden;
  private final Activation activation;
  private final float[] params;
  private final float[] grads;
  private final FloatBuffer paramBuffer;
  private final FloatBuffer gradBuffer;
  private final ConcatMlpEngine training;
  private final ConcatMlpEngine evaluation;
  private float[] scores = new float[0];

  /**
   * A critic for dimX + dimY inputs with weights drawn from {@code seed}.
   *
   * @throws IllegalArgumentException for non-positive dimensions or hidden sizes, or no hidden
   *     layer
   */
  public ConcatMlpCritic(int dimX, int dimY, int[] hidden, Activation activation, long seed) {
    requireNonNull(hidden, "hidden is null");
    this.activation = requireNonNull(activation, "activation is null");
    this.hidden = hidden.clone();
    this.layout = new MlpLayout(dimX, dimY, this.hidden);
    this.params = new float[layout.parameterCount()];
    this.grads = new float[layout.parameterCount()];
    this.paramBuffer = FloatBuffer.wrap(params);
    this.gradBuffer = FloatBuffer.wrap(grads);
    this.training = new ConcatMlpEngine(layout, activation);
    this.evaluation = new ConcatMlpEngine(layout, activation);
    initialise(new SplittableRandom(seed));
  }

  /** A critic with the given options. */
  public ConcatMlpCritic(int dimX, int dimY, MlpCriticOptions options, long seed) {
    this(
        dimX,
        dimY,
        requireNonNull(options, "options is null").hidden(),
        options.activation(),
        seed);
  }

  /** The number of parameters of a concat MLP critic with these dimensions and hidden sizes. */
  public static int parameterCount(int dimX, int dimY, int[] hidden) {
    return new MlpLayout(dimX, dimY, hidden).parameterCount();
  }

  private void initialise(SplittableRandom random) {
    for (int l = 0; l < layout.layers(); l++) {
      double bound = 1.0 / Math.sqrt(layout.fanIn(l));
      int end = layout.biasOffset(l) + layout.fanOut(l);
      for (int i = layout.weightOffset(l); i < end; i++) {
        params[i] = (float) random.nextDouble(-bound, bound);
      }
    }
  }

  /** The hidden layer sizes (a copy). */
  public int[] hidden() {
    return hidden.clone();
  }

  public Activation activation() {
    return activation;
  }

  @Override
  public int dimX() {
    return layout.dimX();
  }

  @Override
  public int dimY() {
    return layout.dimY();
  }

  @Override
  public int parameterCount() {
    return layout.parameterCount();
  }

  @Override
  public FloatBuffer parameters() {
    return paramBuffer;
  }

  @Override
  public FloatBuffer gradients() {
    return gradBuffer;
  }

  /** {@inheritDoc} The returned array is reused by the next call with the same number of pairs. */
  @Override
  public float[] forward(Samples batch, PairIndex pairs) {
    requireNonNull(batch, "batch is null");
    requireNonNull(pairs, "pairs is null");
    if (scores.length != pairs.size()) {
      scores = new float[pairs.size()];
    }
    training.prepareInputs(params, batch);
    training.forwardPairs(pairs, 0, pairs.size(), scores, 0);
    return scores;
  }

  @Override
  public void backward(float[] scoreGradient) {
    training.backward(params, grads, scoreGradient);
  }

  @Override
  public void backward(float[] scoreGradient, float[] xGradient, float[] yGradient) {
    requireNonNull(xGradient, "xGradient is null");
    requireNonNull(yGradient, "yGradient is null");
    training.backward(params, grads, scoreGradient, xGradient, yGradient);
  }

  @Override
  public boolean hasInputGradients() {
    return true;
  }

  @Override
  public float[] score(Samples batch, PairIndex pairs) {
    requireNonNull(batch, "batch is null");
    requireNonNull(pairs, "pairs is null");
    float[] out = new float[pairs.size()];
    evaluation.prepareInputs(params, batch);
    for (int from = 0; from < out.length; from += SCORE_CHUNK) {
      int count = Math.min(SCORE_CHUNK, out.length - from);
      evaluation.forwardPairs(pairs, from, count, out, from);
    }
    return out;
  }

  @Override
  public String description() {
    String widths =
        Arrays.stream(hidden).mapToObj(Integer::toString).collect(Collectors.joining("-"));
    return "concat MLP " + (dimX() + dimY()) + "-" + widths + "-1 " + activation.optionName();
  }

  @Override
  public String toString() {
    return description();
  }
}
