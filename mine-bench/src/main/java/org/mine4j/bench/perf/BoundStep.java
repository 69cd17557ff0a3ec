package org.mine4j.bench.perf;

import java.util.SplittableRandom;
import org.mine4j.api.bound.Bound;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.bound.Scores;
import org.mine4j.api.data.Samples;
import org.mine4j.api.network.PairIndex;
import org.mine4j.api.network.StatisticsNetwork;
import org.mine4j.estimators.training.Adam;
import org.mine4j.estimators.training.Permutations;

/**
 * One timed training step as torch_step.py runs it, through the library's own bound and critic: a
 * fresh correlated-Gaussian batch (rho 0.5), the negatives (one shuffle of y, or all n x n pairs),
 * one forward, the bound's training loss and score gradient, backward, Adam. The concat spec uses
 * the DV bound (Belghazi et al. 2018), the separable one InfoNCE (van den Oord et al. 2018). Reuses
 * its arrays: only the small Samples and Scores wrappers are allocated per step.
 */
final class BoundStep {
  private static final double RHO = 0.5;

  private final StatisticsNetwork network;
  private final Bound bound;
  private final Negatives negatives;
  private final Adam adam;
  private final SplittableRandom random;
  private final int n;
  private final float[] x;
  private final float[] y;
  private final int[] permutation;
  private PairIndex pairs;
  private final float[] scoreGradient;

  BoundStep(
      StatisticsNetwork network,
      Bound bound,
      Negatives negatives,
      int batch,
      double learningRate,
      long seed) {
    this.network = network;
    this.bound = bound;
    this.negatives = negatives;
    this.adam = new Adam(network.parameterCount(), learningRate);
    this.random = new SplittableRandom(seed);
    this.n = batch;
    this.x = new float[n * network.dimX()];
    this.y = new float[n * network.dimY()];
    this.permutation = Permutations.random(n, random);
    this.pairs =
        negatives == Negatives.ALL_PAIRS
            ? PairIndex.allPairs(n)
            : PairIndex.jointAndShuffled(permutation);
    this.scoreGradient = new float[pairs.size()];
  }

  /** Runs one step and returns its loss. */
  double step() {
    double noise = Math.sqrt(1 - RHO * RHO);
    for (int i = 0; i < x.length; i++) {
      double xi = random.nextGaussian();
      x[i] = (float) xi;
      y[i] = (float) (RHO * xi + noise * random.nextGaussian());
    }
    Samples batch = Samples.ofRowMajor(x, y, n, network.dimX(), network.dimY());
    if (negatives == Negatives.SHUFFLE) {
      Permutations.shuffle(permutation, random);
      pairs = PairIndex.jointAndShuffled(permutation); // pairs n..2n-1 are (i, pi(i))
    }
    Scores scores = new Scores(network.forward(batch, pairs), n, negatives);
    double loss = bound.trainingLoss(scores, scoreGradient);
    network.backward(scoreGradient);
    adam.step(network.parameters(), network.gradients());
    return loss;
  }
}
