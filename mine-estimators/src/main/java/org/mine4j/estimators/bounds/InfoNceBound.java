package org.mine4j.estimators.bounds;

import java.util.OptionalDouble;
import org.mine4j.api.bound.Bound;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.bound.Scores;

/**
 * InfoNCE / CPC (van den Oord et al. 2018; Poole et al. 2019, eq. 12): I_NCE = ln K + mean_i [S_ii
 * - logsumexp_j S_ij] on the all-pairs matrix S[i][j] = T(x_i, y_j). Low variance but never above
 * ln K, so it saturates once the true MI approaches ln K (the SPEC's ReMINE table shows it near ln
 * 64 at every level above 4 nats). Use it for small MI or as a well-behaved lower bound; needs
 * all-pairs negatives. Gradient of its loss: (softmax_j S_ij - [i = j]) / K.
 */
public final class InfoNceBound implements Bound {
  public static final String NAME = "InfoNCE (CPC)";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Negatives negatives() {
    return Negatives.ALL_PAIRS;
  }

  @Override
  public OptionalDouble ceiling(int batchSize) {
    return OptionalDouble.of(Math.log(batchSize));
  }

  @Override
  public double value(Scores scores) {
    requireAllPairs(scores);
    int k = scores.batchSize();
    double sum = 0;
    for (int i = 0; i < k; i++) {
      sum += scores.joint(i) - LogMeanExp.rowLogSumExp(scores, i);
    }
    return Math.log(k) + sum / k;
  }

  /** Trains on exactly -value, so the value gradient is the negated (pure) loss gradient. */
  @Override
  public double valueGradient(Scores scores, float[] gradient) {
    return LogMeanExp.negated(trainingLoss(scores, gradient), gradient);
  }

  @Override
  public double trainingLoss(Scores scores, float[] gradient) {
    requireAllPairs(scores);
    int k = scores.batchSize();
    double sum = 0;
    for (int i = 0; i < k; i++) {
      double lse = LogMeanExp.rowLogSumExp(scores, i);
      sum += scores.joint(i) - lse;
      for (int j = 0; j < k; j++) {
        double softmax = Math.exp(scores.value(i * k + j) - lse);
        gradient[i * k + j] = (float) ((softmax - (i == j ? 1 : 0)) / k);
      }
    }
    return -(Math.log(k) + sum / k);
  }

  private static void requireAllPairs(Scores scores) {
    if (scores.layout() != Negatives.ALL_PAIRS) {
      throw new IllegalArgumentException(
          "InfoNCE needs all-pairs negatives (each x against every y of the batch), found "
              + scores.layout());
    }
  }
}
