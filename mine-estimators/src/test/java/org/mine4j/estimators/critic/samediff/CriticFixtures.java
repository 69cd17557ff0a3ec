package org.mine4j.estimators.critic.samediff;

import java.nio.FloatBuffer;
import java.util.SplittableRandom;
import org.mine4j.api.data.Samples;
import org.mine4j.api.network.PairIndex;
import org.mine4j.estimators.critic.Activation;

/** Seeded batches, pair layouts and a double-precision concat MLP reference for critic tests. */
final class CriticFixtures {
  private CriticFixtures() {}

  /** Rows with x and y uniform in [-1, 1). */
  static Samples samples(int rows, int dimX, int dimY, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] x = new float[rows * dimX];
    float[] y = new float[rows * dimY];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) random.nextDouble(-1, 1);
    }
    for (int i = 0; i < y.length; i++) {
      y[i] = (float) random.nextDouble(-1, 1);
    }
    return Samples.ofRowMajor(x, y, rows, dimX, dimY);
  }

  /** K joint pairs then K pairs with a seeded random permutation of y. */
  static PairIndex shuffled(int k, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] permutation = new int[k];
    for (int i = 0; i < k; i++) {
      permutation[i] = i;
    }
    for (int i = k - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = permutation[i];
      permutation[i] = permutation[j];
      permutation[j] = t;
    }
    return PairIndex.jointAndShuffled(permutation);
  }

  /** d(loss)/d(T) values uniform in [-1, 1). */
  static float[] scoreGradient(int pairs, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] g = new float[pairs];
    for (int i = 0; i < pairs; i++) {
      g[i] = (float) random.nextDouble(-1, 1);
    }
    return g;
  }

  static double[] toDoubles(FloatBuffer source) {
    double[] out = new double[source.limit()];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.get(i);
    }
    return out;
  }

  /**
   * T for each pair in double precision, straight from the documented flat layout: for each layer W
   * (fanIn x fanOut, row-major) then b; input [x, y], x columns first.
   */
  static double[] referenceScores(
      double[] theta, int[] hidden, Activation activation, Samples batch, PairIndex pairs) {
    int dimX = batch.dimX();
    int dimY = batch.dimY();
    double[] out = new double[pairs.size()];
    for (int p = 0; p < pairs.size(); p++) {
      double[] h = new double[dimX + dimY];
      for (int c = 0; c < dimX; c++) {
        h[c] = batch.x(pairs.xRow(p), c);
      }
      for (int c = 0; c < dimY; c++) {
        h[dimX + c] = batch.y(pairs.yRow(p), c);
      }
      int offset = 0;
      for (int l = 0; l <= hidden.length; l++) {
        int fanIn = h.length;
        int fanOut = l < hidden.length ? hidden[l] : 1;
        double[] z = new double[fanOut];
        for (int j = 0; j < fanOut; j++) {
          double s = theta[offset + fanIn * fanOut + j];
          for (int k = 0; k < fanIn; k++) {
            s += h[k] * theta[offset + k * fanOut + j];
          }
          z[j] = l < hidden.length ? activate(activation, s) : s;
        }
        offset += (fanIn + 1) * fanOut;
        h = z;
      }
      out[p] = h[0];
    }
    return out;
  }

  /** sum_p g_p T_p in double precision. */
  static double referenceWeightedSum(
      double[] theta,
      int[] hidden,
      Activation activation,
      Samples batch,
      PairIndex pairs,
      float[] g) {
    double[] t = referenceScores(theta, hidden, activation, batch, pairs);
    double sum = 0;
    for (int p = 0; p < t.length; p++) {
      sum += g[p] * t[p];
    }
    return sum;
  }

  private static double activate(Activation activation, double z) {
    return switch (activation) {
      case RELU -> Math.max(0, z);
      case TANH -> Math.tanh(z);
      case ELU -> z > 0 ? z : Math.expm1(z);
    };
  }
}
