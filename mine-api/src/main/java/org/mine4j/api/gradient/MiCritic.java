package org.mine4j.api.gradient;

import java.util.OptionalDouble;
import org.mine4j.api.bound.Bound;
import org.mine4j.api.data.Samples;
import org.mine4j.api.network.StatisticsNetwork;

/**
 * A critic T(x, y) trained step by step under a variational bound, with its own optimiser: MINE
 * (Belghazi et al. 2018, algorithm 1) as a building block for a caller's own training loop. It
 * takes critic steps on the caller's batches, reports the bound on any batch, and gives dI/dx and
 * dI/dy for a batch (the bound's {@link Bound#modelGradient}, e.g. MINE's moving-average corrected
 * gradient, through the critic by the chain rule) so that an encoder or a generator can raise or
 * lower I.
 *
 * <p>The critic always maximises its bound. Each {@link #step} forms the negatives (one shuffle of
 * y, or all K x K pairs), computes the bound's training loss, back-propagates and updates the
 * critic; a loss, score or gradient that is not finite stops it with {@link
 * org.mine4j.api.NonFiniteLossException} at that step. {@link #value} and {@link #gradient} touch
 * no trained state. Deterministic under its seed for the same sequence of calls; not thread-safe.
 */
public interface MiCritic extends MutualInformationGradient {
  /** The bound the critic is trained under (its name, ceiling and gradients). */
  Bound bound();

  /** The critic network (its parameters are live: the optimiser updates them in place). */
  StatisticsNetwork network();

  /**
   * One optimisation step of the critic on {@code batch} (all its rows are the K joint pairs).
   *
   * @throws org.mine4j.api.NonFiniteLossException if the loss, a score or a gradient is not finite
   */
  CriticStep step(Samples batch);

  /** {@code steps} critic steps on the same batch (fresh negatives each); returns the last. */
  default CriticStep steps(Samples batch, int steps) {
    if (steps < 1) {
      throw new IllegalArgumentException("steps must be at least 1, found " + steps);
    }
    CriticStep last = null;
    for (int s = 0; s < steps; s++) {
      last = step(batch);
    }
    return last;
  }

  @Override
  default void fit(Samples batch, int steps) {
    if (steps > 0) {
      steps(batch, steps);
    }
  }

  /**
   * The bound's value on {@code batch} in nats, with the critic as it is now: on held-out or fresh
   * rows this is the estimate. Changes no trained state.
   */
  double value(Samples batch);

  /** The bound's ceiling for a batch of {@code rows} rows (e.g. ln K for InfoNCE), if any. */
  default OptionalDouble ceiling(int rows) {
    return bound().ceiling(rows);
  }

  /** K, the minibatch size of {@link #optimize} (its estimator's {@code batch-size}). */
  int batchSize();

  /**
   * Trains and reports in one call, as the original MINE code's {@code optimize(X, Y, iters)}:
   * holds out a seeded random half of the rows, takes {@code steps} critic steps on minibatches of
   * {@link #batchSize()} rows of the other half (each row once per epoch), and returns the bound's
   * value on the held-out half, in nats. Later calls continue training the same critic.
   *
   * @throws org.mine4j.api.MineException INVALID_DATA for fewer than 4 rows
   */
  double optimize(Samples samples, int steps);

  /**
   * {@link #optimize(Samples, int)} on plain Java rows: {@code x[i]} and {@code y[i]} are a pair.
   */
  default double optimize(float[][] x, float[][] y, int steps) {
    if (x.length != y.length || x.length == 0) {
      throw new IllegalArgumentException(
          "x and y must have the same positive number of rows, found "
              + x.length
              + " and "
              + y.length);
    }
    return optimize(
        Samples.ofRowMajor(flatten(x, dimX()), flatten(y, dimY()), x.length, dimX(), dimY()),
        steps);
  }

  private static float[] flatten(float[][] rows, int width) {
    float[] flat = new float[rows.length * width];
    for (int r = 0; r < rows.length; r++) {
      if (rows[r].length != width) {
        throw new IllegalArgumentException(
            "row " + r + " has " + rows[r].length + " values, the critic takes " + width);
      }
      System.arraycopy(rows[r], 0, flat, r * width, width);
    }
    return flat;
  }

  /** The number of critic steps taken so far. */
  long stepsTaken();

  /** One line: the bound and the network, e.g. {@code DV (MINE...) on concat MLP 2-100-100-1}. */
  String description();
}
