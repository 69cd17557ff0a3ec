package org.mine4j.api;

import org.mine4j.api.gradient.MiCritic;
import org.mine4j.api.gradient.MutualInformationGradient;

/**
 * An estimator that trains a critic under a variational bound (MINE and its successors, Belghazi et
 * al. 2018): besides estimating a number, it makes step-wise critics with its bound, network, batch
 * size, learning rate and negatives, for a caller's own loop (the staircase protocol of Song &amp;
 * Ermon 2020, or an MI term in another model's loss).
 */
public interface TrainableEstimator extends GradientEstimator {
  /** A fresh critic for dimX- and dimY-dimensional samples, its weights drawn from {@code seed}. */
  MiCritic critic(int dimX, int dimY, long seed);

  /** Its critic: a step-wise critic is a gradient source. */
  @Override
  default MutualInformationGradient gradientSource(int dimX, int dimY, long seed) {
    return critic(dimX, dimY, seed);
  }

  /** K, the batch size of its training steps. */
  int batchSize();
}
