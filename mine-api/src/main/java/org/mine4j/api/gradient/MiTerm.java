package org.mine4j.api.gradient;

import static java.util.Objects.requireNonNull;

import org.mine4j.api.data.Samples;

/**
 * An MI term in a model's loss, {@code -sign * beta * I(output; partner)}: the gradient source that
 * estimates dI, the direction the model moves I in, its weight beta, which side of the (x, y) pair
 * the model's output is, and how many critic steps precede each model step (Belghazi et al. 2018,
 * sections 5.1 and 5.3: the critic is trained alongside the model, maximising its bound whatever
 * the model does).
 *
 * <p>{@link #lossGradient} is what a network adds to the gradient of its own loss with respect to
 * its output before back-propagating it (the "external errors" of DL4J). Not thread-safe (the
 * source is not).
 */
public final class MiTerm {
  /** Which side of the pair (x, y) of the source the model's output is. */
  public enum Side {
    X,
    Y
  }

  private final MutualInformationGradient source;
  private final Direction direction;
  private final double beta;
  private final Side side;
  private final int criticSteps;

  /**
   * @param beta the weight of the term, finite and non-negative
   * @param criticSteps critic steps on each batch before its gradient is taken (0 for a source
   *     without trained state, such as MIGE)
   */
  public MiTerm(
      MutualInformationGradient source,
      Direction direction,
      double beta,
      Side side,
      int criticSteps) {
    this.source = requireNonNull(source, "source is null");
    this.direction = requireNonNull(direction, "direction is null");
    this.side = requireNonNull(side, "side is null");
    if (!(beta >= 0) || Double.isInfinite(beta)) {
      throw new IllegalArgumentException("beta must be a finite number >= 0, found " + beta);
    }
    if (criticSteps < 0) {
      throw new IllegalArgumentException("criticSteps must be >= 0, found " + criticSteps);
    }
    this.beta = beta;
    this.criticSteps = criticSteps;
  }

  public MutualInformationGradient source() {
    return source;
  }

  public Direction direction() {
    return direction;
  }

  public double beta() {
    return beta;
  }

  public Side side() {
    return side;
  }

  /** The width of the model's output: the source's dimX or dimY. */
  public int outputWidth() {
    return side == Side.X ? source.dimX() : source.dimY();
  }

  /** The width of the partner rows: the other side's dimension. */
  public int partnerWidth() {
    return side == Side.X ? source.dimY() : source.dimX();
  }

  /**
   * Fits the source on the pairs (output_i, partner_i) and returns dI/d(output) for every row (rows
   * x {@link #outputWidth()}, row-major), without the weight or the sign.
   *
   * @param output the model's output, rows x outputWidth, row-major (not modified)
   * @param partner the other side of each pair, rows x partnerWidth (not modified)
   */
  public float[] miGradient(float[] output, float[] partner, int rows) {
    Samples pairs = pairs(output, partner, rows);
    source.fit(pairs, criticSteps);
    SampleGradient gradient = source.gradient(pairs);
    return side == Side.X ? gradient.x() : gradient.y();
  }

  /**
   * d(-sign * beta * I)/d(output): {@link #miGradient} scaled for a loss that is minimised. Add it
   * to the gradient of the model's own loss with respect to its output.
   */
  public float[] lossGradient(float[] output, float[] partner, int rows) {
    return toLossGradient(miGradient(output, partner, rows));
  }

  /** Scales dI/d(output) in place into d(-sign * beta * I)/d(output) and returns it. */
  public float[] toLossGradient(float[] miGradient) {
    float scale = (float) (-direction.sign() * beta);
    for (int i = 0; i < miGradient.length; i++) {
      miGradient[i] *= scale;
    }
    return miGradient;
  }

  private Samples pairs(float[] output, float[] partner, int rows) {
    float[] out = output.clone();
    float[] other = partner.clone();
    return side == Side.X
        ? Samples.ofRowMajor(out, other, rows, source.dimX(), source.dimY())
        : Samples.ofRowMajor(other, out, rows, source.dimX(), source.dimY());
  }
}
