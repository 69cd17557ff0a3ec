package org.mine4j.dl4j;

import static java.util.Objects.requireNonNull;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What one model step with an MI term did.
 *
 * @param output the network's output z on the batch (before the update)
 * @param miLossGradient d(-sign beta I)/dz, the MI term's share of the error back-propagated
 * @param miGradientNorm the Euclidean norm of dI/dz (without beta), a training diagnostic
 */
public record MiUpdate(INDArray output, INDArray miLossGradient, double miGradientNorm) {
  public MiUpdate {
    requireNonNull(output, "output is null");
    requireNonNull(miLossGradient, "miLossGradient is null");
  }
}
