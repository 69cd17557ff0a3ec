package org.mine4j.estimators.bounds;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.OptionalDouble;
import org.mine4j.api.bound.Bound;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.bound.Scores;

/**
 * TUBA, the tractable unnormalised Barber–Agakov bound (Poole et al. 2019, "On variational bounds
 * of mutual information", ICML, eq. 11):
 *
 * <pre>I_TUBA = 1 + mean_i [f(x_i, y_i) − log a(y_i)] − mean_{i≠j} e^{f(x_i, y_j) − log a(y_j)}
 * </pre>
 *
 * with a baseline a(y) that is either learned (a small MLP trained jointly with the critic, {@link
 * Scores#logBaseline(int)}) or a fixed constant. It is a lower bound for every critic and baseline,
 * tight at f = log p(y|x) − log p(y) + log a(y). With log a ≡ 1 it is NWJ; a learned a(y) plays the
 * role of InfoNCE's batch normaliser without its ln K ceiling, so it has no ceiling but the
 * variance of NWJ-type bounds grows like e^I. Trains on −I_TUBA itself.
 *
 * <p>Scores are all pairs (S[i][j] = f(x_i, y_j), column j shares the baseline of y_j); with a
 * fixed baseline the one-shuffle negatives work too.
 */
public final class TubaBound implements Bound {
  public static final String NAME = "TUBA (Poole et al. 2019)";

  private final OptionalDouble fixedLogBaseline;

  /** TUBA with a learned baseline: the scores must carry log a(y_j). */
  public static TubaBound learned() {
    return new TubaBound(OptionalDouble.empty());
  }

  /** TUBA with the constant baseline log a(y) = {@code logBaseline}. */
  public static TubaBound fixed(double logBaseline) {
    if (!Double.isFinite(logBaseline)) {
      throw new IllegalArgumentException("log-baseline must be finite, found " + logBaseline);
    }
    return new TubaBound(OptionalDouble.of(logBaseline));
  }

  private TubaBound(OptionalDouble fixedLogBaseline) {
    this.fixedLogBaseline = requireNonNull(fixedLogBaseline, "fixedLogBaseline is null");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Negatives negatives() {
    return Negatives.ALL_PAIRS;
  }

  @Override
  public boolean needsBaseline() {
    return fixedLogBaseline.isEmpty();
  }

  @Override
  public double value(Scores scores) {
    double[] logA = logBaselines(scores);
    double joint = 0;
    for (int i = 0; i < scores.batchSize(); i++) {
      joint += scores.joint(i) - logA[i];
    }
    double marginal = 0;
    for (int k = 0; k < scores.marginalCount(); k++) {
      marginal += Math.exp(scores.marginal(k) - logA[marginalColumn(scores, k)]);
    }
    return 1 + joint / scores.batchSize() - marginal / scores.marginalCount();
  }

  /** Trains on exactly -value, so the value gradient is the negated (pure) loss gradient. */
  @Override
  public double valueGradient(Scores scores, float[] gradient) {
    return LogMeanExp.negated(trainingLoss(scores, gradient), gradient);
  }

  @Override
  public double trainingLoss(Scores scores, float[] gradient) {
    double[] logA = logBaselines(scores);
    int k = scores.batchSize();
    int m = scores.marginalCount();
    double[] baselineGradient = new double[k];
    for (int i = 0; i < k; i++) {
      gradient[scores.jointIndex(i)] = (float) (-1.0 / k);
      baselineGradient[i] += 1.0 / k;
    }
    for (int q = 0; q < m; q++) {
      int column = marginalColumn(scores, q);
      double weight = Math.exp(scores.marginal(q) - logA[column]) / m;
      gradient[scores.marginalIndex(q)] = (float) weight;
      baselineGradient[column] -= weight;
    }
    if (scores.hasBaseline()) {
      for (int j = 0; j < k; j++) {
        gradient[scores.size() + j] = (float) baselineGradient[j];
      }
    }
    return -value(scores);
  }

  private double[] logBaselines(Scores scores) {
    int k = scores.batchSize();
    double[] logA = new double[k];
    if (fixedLogBaseline.isPresent()) {
      Arrays.fill(logA, fixedLogBaseline.getAsDouble());
      return logA;
    }
    if (!scores.hasBaseline() || scores.layout() != Negatives.ALL_PAIRS) {
      throw new IllegalArgumentException(
          "TUBA with a learned baseline needs all-pairs scores with baseline values, found "
              + scores.layout()
              + (scores.hasBaseline() ? "" : " without a baseline"));
    }
    for (int j = 0; j < k; j++) {
      logA[j] = scores.logBaseline(j);
    }
    return logA;
  }

  /** The batch row whose y a marginal pair uses (all pairs: its column; shuffle: unused). */
  private static int marginalColumn(Scores scores, int q) {
    return scores.layout() == Negatives.ALL_PAIRS
        ? scores.marginalIndex(q) % scores.batchSize()
        : 0;
  }
}
