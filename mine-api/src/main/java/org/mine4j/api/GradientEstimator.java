package org.mine4j.api;

import org.mine4j.api.gradient.MutualInformationGradient;

/**
 * An estimator that can serve a model's training loop as a source of dI/dx and dI/dy: a critic
 * trained under a bound (MINE, Belghazi et al. 2018) or a critic-free gradient estimator (MIGE, Wen
 * et al. 2020). An experiment that takes an MI term by estimator name ({@code -o mi=mine}, {@code
 * -o mi=mige}) asks for this capability. An estimator that estimates only the gradient answers
 * {@link #estimate} with an {@link ErrorCode#INVALID_OPTIONS} error that says so.
 */
public interface GradientEstimator extends Estimator {
  /** A fresh gradient source for dimX- and dimY-dimensional samples, seeded. */
  MutualInformationGradient gradientSource(int dimX, int dimY, long seed);
}
