package org.mine4j.bench.perf;

import java.util.SplittableRandom;
import org.mine4j.api.data.Samples;
import org.mine4j.api.network.PairIndex;
import org.mine4j.api.network.StatisticsNetwork;
import org.mine4j.estimators.training.Adam;

/**
 * One training step exactly as torch_step.py's separable step: a fresh correlated-Gaussian batch
 * (rho 0.5), all n x n pairs scored at once (pair i*n + j is (x_i, y_j)), the InfoNCE loss -(ln n +
 * mean_i (S_ii - logsumexp_j S_ij)) (van den Oord et al. 2018; Poole et al. 2019), backward, Adam.
 * Reuses its arrays: only the small Samples wrapper is allocated per step.
 */
final class SeparableInfoNceStep implements TrainingStep {
  private static final double RHO = 0.5;

  private final StatisticsNetwork network;
  private final Adam adam;
  private final SplittableRandom random;
  private final int n;
  private final int d;
  private final float[] x;
  private final float[] y;
  private final PairIndex pairs;
  private final float[] scoreGradient;
  private double lastLoss;

  SeparableInfoNceStep(StatisticsNetwork network, int batch, double learningRate, long seed) {
    this.network = network;
    this.adam = new Adam(network.parameterCount(), learningRate);
    this.random = new SplittableRandom(seed);
    this.n = batch;
    this.d = network.dimX();
    this.x = new float[n * d];
    this.y = new float[n * d];
    this.pairs = PairIndex.allPairs(n);
    this.scoreGradient = new float[n * n];
  }

  @Override
  public void step() {
    double noise = Math.sqrt(1 - RHO * RHO);
    for (int i = 0; i < x.length; i++) {
      double xi = random.nextGaussian();
      x[i] = (float) xi;
      y[i] = (float) (RHO * xi + noise * random.nextGaussian());
    }
    Samples batch = Samples.ofRowMajor(x, y, n, d, d);
    float[] scores = network.forward(batch, pairs);
    lastLoss = infoNceLossGradient(scores);
    network.backward(scoreGradient);
    adam.step(network.parameters(), network.gradients());
  }

  @Override
  public double lastLoss() {
    return lastLoss;
  }

  /** Fills d(loss)/dS_ij = (softmax_j(S_i.) - [i == j]) / n and returns the loss. */
  private double infoNceLossGradient(float[] scores) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      int row = i * n;
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < n; j++) {
        max = Math.max(max, scores[row + j]);
      }
      double total = 0;
      for (int j = 0; j < n; j++) {
        total += Math.exp(scores[row + j] - max);
      }
      double logSumExp = max + Math.log(total);
      sum += scores[row + i] - logSumExp;
      for (int j = 0; j < n; j++) {
        scoreGradient[row + j] = (float) (Math.exp(scores[row + j] - logSumExp) / n);
      }
      scoreGradient[row + i] -= (float) (1.0 / n);
    }
    return -(Math.log(n) + sum / n);
  }
}
