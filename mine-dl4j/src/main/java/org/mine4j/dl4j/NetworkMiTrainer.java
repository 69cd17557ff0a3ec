package org.mine4j.dl4j;

import static java.util.Objects.requireNonNull;

import org.deeplearning4j.nn.gradient.Gradient;
import org.mine4j.api.MineException;
import org.mine4j.api.gradient.MiTerm;
import org.mine4j.estimators.gradient.AdaptiveClipping;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The shared step of the DL4J adapters: forward the features to the network's output z, fit the MI
 * term's source on (z, partner) and take dI/dz, add the term's loss gradient to the gradient of the
 * model's own loss with respect to z, back-propagate the sum as external errors and apply the
 * network's own updater (Belghazi et al. 2018, sections 5.1 and 5.3). {@link #stepClipped} instead
 * back-propagates the two gradients separately and combines them by adaptive clipping (their eq.
 * 21). Subclasses say how their kind of network runs forward, backward and updates.
 *
 * <p>Convention: every gradient with respect to z given to or returned by a trainer is that of the
 * batch loss, a mean over its rows (as an MI estimate is a batch mean). DL4J's layers produce
 * per-example errors and its updater divides by the batch size (the {@code miniBatch} default), so
 * the trainer multiplies the error by the batch size before back-propagating when the network
 * averages, and the parameter update is then exactly that of the mean loss.
 */
abstract class NetworkMiTrainer {
  private final MiTerm term;

  NetworkMiTrainer(MiTerm term) {
    this.term = requireNonNull(term, "term is null");
  }

  /** The MI term (its source, direction, weight and side). */
  public MiTerm term() {
    return term;
  }

  /** Runs the features forward in training mode, keeping what back-propagation needs; returns z. */
  abstract INDArray forward(INDArray features);

  /**
   * Back-propagates d(loss)/dz from the last forward; the returned gradient's flat array may be the
   * network's own gradient view, overwritten by the next call.
   */
  abstract Gradient backpropagate(INDArray epsilon);

  /** Applies the network's updater to {@code gradient} and subtracts the update. */
  abstract void apply(Gradient gradient, int batchSize);

  /** Whether the network's updater divides gradients by the batch size (DL4J's miniBatch). */
  abstract boolean averagesOverBatch();

  /** The per-example error DL4J back-propagates for a mean-loss gradient with respect to z. */
  private INDArray dl4jError(INDArray meanLossGradient, int rows) {
    return averagesOverBatch() ? meanLossGradient.mul(rows) : meanLossGradient.dup();
  }

  /** One model step with the MI term as its only loss. */
  public MiUpdate step(INDArray features, INDArray partner) {
    return step(features, partner, null);
  }

  /**
   * One model step on {@code features}: the MI term's gradient plus {@code ownLossGradient} (the
   * gradient of the model's own batch loss, a mean over rows, with respect to its output z, rows x
   * width; null for none), back-propagated together and applied with the network's updater.
   *
   * @param partner the other side of the MI pairs, one row per feature row
   */
  public MiUpdate step(INDArray features, INDArray partner, INDArray ownLossGradient) {
    Forward pass = forwardAndMi(features, partner);
    INDArray epsilon = pass.miLossGradient().dup();
    if (ownLossGradient != null) {
      requireShape(ownLossGradient, pass.output(), "ownLossGradient");
      epsilon.addi(ownLossGradient);
    }
    apply(backpropagate(dl4jError(epsilon, pass.rows())), pass.rows());
    return new MiUpdate(pass.output(), pass.miLossGradient(), pass.miNorm());
  }

  /**
   * One model step whose gradient is g = g_own + beta min(|g_own|, |g_mi|) g_mi / |g_mi| over the
   * network's parameters (MINE, eq. 21), g_mi the parameter gradient of -sign * I: the MI term then
   * never outweighs the model's own loss. Two back-propagations.
   */
  public MiUpdate stepClipped(INDArray features, INDArray partner, INDArray ownLossGradient) {
    requireNonNull(ownLossGradient, "ownLossGradient is null");
    Forward pass = forwardAndMi(features, partner);
    requireShape(ownLossGradient, pass.output(), "ownLossGradient");
    double beta = term.beta();
    INDArray unweighted =
        beta == 0 ? pass.miLossGradient().mul(0) : pass.miLossGradient().div(beta);
    float[] mi =
        backpropagate(dl4jError(unweighted, pass.rows())).gradient().dup().data().asFloat();
    Gradient own = backpropagate(dl4jError(ownLossGradient, pass.rows()));
    INDArray view = own.gradient();
    float[] combined = view.dup().data().asFloat();
    AdaptiveClipping.combine(combined, mi, beta);
    view.assign(Arrays2d.matrix(combined, 1, combined.length).reshape(view.shape()));
    apply(own, pass.rows());
    return new MiUpdate(pass.output(), pass.miLossGradient(), pass.miNorm());
  }

  private Forward forwardAndMi(INDArray features, INDArray partner) {
    requireNonNull(features, "features is null");
    requireNonNull(partner, "partner is null");
    INDArray output = forward(features).dup();
    int rows = (int) output.rows();
    if (output.rank() != 2 || output.columns() != term.outputWidth()) {
      throw MineException.invalidOptions(
          "the network's output has shape "
              + java.util.Arrays.toString(output.shape())
              + " but the MI term's source takes rows of "
              + term.outputWidth()
              + " values on its "
              + term.side()
              + " side");
    }
    if (partner.rank() != 2 || partner.rows() != rows || partner.columns() != term.partnerWidth()) {
      throw MineException.invalidData(
          "partner must have "
              + rows
              + " rows of "
              + term.partnerWidth()
              + " values (one per feature row), found shape "
              + java.util.Arrays.toString(partner.shape()));
    }
    float[] z = Arrays2d.rowMajor(output, "output");
    float[] mi = term.miGradient(z, Arrays2d.rowMajor(partner, "partner"), rows);
    double norm = AdaptiveClipping.norm(mi);
    return new Forward(
        output, Arrays2d.matrix(term.toLossGradient(mi), rows, output.columns()), norm, rows);
  }

  private static void requireShape(INDArray gradient, INDArray output, String name) {
    if (!java.util.Arrays.equals(gradient.shape(), output.shape())) {
      throw new IllegalArgumentException(
          name
              + " must have the output's shape "
              + java.util.Arrays.toString(output.shape())
              + ", found "
              + java.util.Arrays.toString(gradient.shape()));
    }
  }

  private record Forward(INDArray output, INDArray miLossGradient, double miNorm, int rows) {}
}
