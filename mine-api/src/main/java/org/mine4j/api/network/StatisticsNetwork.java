package org.mine4j.api.network;

import java.nio.FloatBuffer;
import org.mine4j.api.data.Samples;

/**
 * A critic (statistics network) T_theta(x, y): scores pairs of samples; it never knows which bound
 * is trained (MINE, Belghazi et al. 2018, section 3).
 *
 * <p>The parameters theta live in one flat float buffer that the optimiser updates in place ({@link
 * #parameters()}), and {@link #backward} fills a flat gradient buffer of the same length ({@link
 * #gradients()}). A network instance is used by one thread.
 */
public interface StatisticsNetwork {
  int dimX();

  int dimY();

  /** The number of trainable parameters. */
  int parameterCount();

  /**
   * The live flat parameter vector (position 0, limit {@link #parameterCount()}); writes change the
   * network.
   */
  FloatBuffer parameters();

  /** The live flat gradient vector filled by {@link #backward}. */
  FloatBuffer gradients();

  /**
   * Scores the pairs of a batch for training and keeps what {@link #backward} needs.
   *
   * @return T for each pair, in pair order (a new array or one the network reuses until the next
   *     call)
   */
  float[] forward(Samples batch, PairIndex pairs);

  /**
   * Back-propagates d(loss)/d(T) for the pairs of the last {@link #forward}: sets {@link
   * #gradients()} to d(loss)/d(theta) = sum_p scoreGradient[p] * dT_p/d(theta).
   */
  void backward(float[] scoreGradient);

  /** Scores pairs without keeping training state (evaluation). Returns a new array. */
  float[] score(Samples batch, PairIndex pairs);

  /** One line saying what the network is, e.g. {@code concat MLP 2-100-100-1 relu}. */
  String description();
}
