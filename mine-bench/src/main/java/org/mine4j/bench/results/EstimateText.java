package org.mine4j.bench.results;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.mine4j.api.Estimate;

/**
 * Formats an {@link Estimate} for people: the value with its interval, the bound, its ceiling and
 * the caveats. An estimate of 0 steps (a non-neural estimator) says it trained nothing.
 */
public final class EstimateText {
  private EstimateText() {}

  /**
   * A few lines ending in a newline.
   *
   * @param estimate the estimate
   * @param rows rows of input data
   * @param seed master seed of the run
   */
  public static String format(Estimate estimate, int rows, long seed) {
    requireNonNull(estimate, "estimate is null");
    StringBuilder text = new StringBuilder();
    if (estimate.hasInterval()) {
      text.append(
          String.format(
              Locale.ROOT,
              "I(X;Y) = %.4f nats  (95%% interval %.4f to %.4f)%n",
              estimate.nats(),
              estimate.ciLow(),
              estimate.ciHigh()));
    } else {
      text.append(
          String.format(
              Locale.ROOT,
              "I(X;Y) = %.4f nats  (no 95%% interval: see the warning)%n",
              estimate.nats()));
    }
    text.append(
        String.format(
            Locale.ROOT, "estimator: %s, bound: %s%n", estimate.estimator(), estimate.bound()));
    text.append(
        String.format(
            Locale.ROOT,
            "ceiling: %s%s%n",
            estimate.ceiling().isPresent()
                ? String.format(Locale.ROOT, "%.4f nats", estimate.ceiling().getAsDouble())
                : "none",
            estimate.saturated()
                ? " (SATURATED: the estimate is at the ceiling; the true MI may be larger)"
                : ""));
    if (estimate.steps() == 0) {
      // A non-neural estimate (ksg, gaussian, histogram): nothing trained, nothing held out.
      text.append(
          String.format(
              Locale.ROOT,
              "rows: %d (computed on %d, no training), seed: %d%n",
              rows,
              estimate.evaluationRows(),
              seed));
    } else {
      text.append(
          String.format(
              Locale.ROOT,
              "rows: %d (trained on %d, evaluated on %d held out), steps: %d, seed: %d%n",
              rows,
              estimate.trainRows(),
              estimate.evaluationRows(),
              estimate.steps(),
              seed));
    }
    for (String warning : estimate.warnings()) {
      text.append("warning: ").append(warning).append(System.lineSeparator());
    }
    return text.toString();
  }
}
