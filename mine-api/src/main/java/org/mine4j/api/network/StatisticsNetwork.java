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

  /**
   * Back-propagates as {@link #backward(float[])} and also writes the gradient with respect to the
   * inputs, scattered back from the pairs to the sample rows of the last {@link #forward}'s batch:
   * {@code xGradient[r * dimX + c]} = sum over the pairs p with x row r of {@code scoreGradient[p]}
   * dT_p/dx_{r,c}, and likewise {@code yGradient} (row-major, rows x dimY). Both arrays are
   * overwritten. This is what lets an MI term train another network: the chain rule from the bound
   * through the scores to the samples (Belghazi et al. 2018, section 5).
   *
   * @param xGradient length rows x dimX of the last forward's batch
   * @param yGradient length rows x dimY
   * @throws UnsupportedOperationException if {@link #hasInputGradients()} is false
   */
  default void backward(float[] scoreGradient, float[] xGradient, float[] yGradient) {
    throw new UnsupportedOperationException(
        description() + " does not compute gradients with respect to its inputs");
  }

  /** Whether {@link #backward(float[], float[], float[])} is supported. */
  default boolean hasInputGradients() {
    return false;
  }

  /** Scores pairs without keeping training state (evaluation). Returns a new array. */
  float[] score(Samples batch, PairIndex pairs);

  /** One line saying what the network is, e.g. {@code concat MLP 2-100-100-1 relu}. */
  String description();
}
