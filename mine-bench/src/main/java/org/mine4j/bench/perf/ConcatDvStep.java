package org.mine4j.bench.perf;

import java.util.SplittableRandom;
import org.mine4j.api.data.Samples;
import org.mine4j.api.network.PairIndex;
import org.mine4j.api.network.StatisticsNetwork;
import org.mine4j.estimators.training.Adam;

/**
 * One MINE training step exactly as torch_step.py's concat step: a fresh correlated-Gaussian batch
 * (rho 0.5), a shuffle permutation of y, one forward on the n joint + n shuffled pairs, the
 * Donsker-Varadhan loss -(mean T_joint - logsumexp(T_marg) + ln n) (Belghazi et al. 2018),
 * backward, Adam. Reuses its arrays: only the small Samples wrapper is allocated per step.
 */
final class ConcatDvStep implements TrainingStep {
  private static final double RHO = 0.5;

  private final StatisticsNetwork network;
  private final Adam adam;
  private final SplittableRandom random;
  private final int n;
  private final int d;
  private final float[] x;
  private final float[] y;
  private final int[] permutation;
  private final PairIndex pairs;
  private final float[] scoreGradient;
  private double lastLoss;

  ConcatDvStep(StatisticsNetwork network, int batch, double learningRate, long seed) {
    this.network = network;
    this.adam = new Adam(network.parameterCount(), learningRate);
    this.random = new SplittableRandom(seed);
    this.n = batch;
    this.d = network.dimX();
    this.x = new float[n * d];
    this.y = new float[n * d];
    this.permutation = new int[n];
    this.pairs = new PairIndex(new int[2 * n], new int[2 * n]);
    this.scoreGradient = new float[2 * n];
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
    shufflePairs();
    float[] scores = network.forward(batch, pairs);
    lastLoss = dvLossGradient(scores);
    network.backward(scoreGradient);
    adam.step(network.parameters(), network.gradients());
  }

  @Override
  public double lastLoss() {
    return lastLoss;
  }

  /**
   * Pairs 0..n-1 are (i, i), pairs n..2n-1 are (i, permutation[i]), written into the reused index
   * arrays.
   */
  private void shufflePairs() {
    for (int i = 0; i < n; i++) {
      permutation[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = permutation[i];
      permutation[i] = permutation[j];
      permutation[j] = t;
    }
    int[] xs = pairs.xRows();
    int[] ys = pairs.yRows();
    for (int i = 0; i < n; i++) {
      xs[i] = i;
      ys[i] = i;
      xs[n + i] = i;
      ys[n + i] = permutation[i];
    }
  }

  /** Fills the gradient of the loss wrt the scores and returns the loss. */
  private double dvLossGradient(float[] scores) {
    double joint = 0;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      joint += scores[i];
      max = Math.max(max, scores[n + i]);
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += Math.exp(scores[n + i] - max);
    }
    double logSumExp = max + Math.log(sum);
    for (int i = 0; i < n; i++) {
      scoreGradient[i] = (float) (-1.0 / n);
      scoreGradient[n + i] = (float) (Math.exp(scores[n + i] - logSumExp));
    }
    return -(joint / n - (logSumExp - Math.log(n)));
  }
}
