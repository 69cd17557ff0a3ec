package org.mine4j.api;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A mutual-information estimate in nats, with the bound it evaluates and where that bound
 * saturates.
 *
 * <p>{@code nats} never contains a regulariser or surrogate term. {@code ceiling} is the largest
 * value the bound can take with the batch size used (e.g. InfoNCE &le; ln K), empty where there is
 * none; {@code saturated} says the value is within a margin of it, so the truth may be larger.
 * {@code warnings} are human-readable caveats (e.g. an estimate above ln N, the McAllester &amp;
 * Stratos 2018 limit for distribution-free lower bounds from N samples).
 *
 * @param nats the estimate, in nats
 * @param estimator the estimator's registered name (e.g. {@code mine})
 * @param bound the bound's name (e.g. {@code DV (Donsker-Varadhan)})
 * @param ceiling the bound's ceiling for this run, if any
 * @param ciLow lower end of the 95% interval; NaN when no interval could be computed (a warning
 *     says why)
 * @param ciHigh upper end of the 95% interval; NaN when there is none
 * @param steps training steps taken (0 for non-neural estimators)
 * @param trainRows rows used to fit
 * @param evaluationRows held-out rows the value was computed on
 * @param saturated whether the value is within a margin of the ceiling
 * @param warnings caveats to print next to the number
 * @param provenance where the estimate came from
 */
public record Estimate(
    double nats,
    String estimator,
    String bound,
    OptionalDouble ceiling,
    double ciLow,
    double ciHigh,
    long steps,
    int trainRows,
    int evaluationRows,
    boolean saturated,
    List<String> warnings,
    Provenance provenance) {
  public Estimate {
    requireNonNull(estimator, "estimator is null");
    requireNonNull(bound, "bound is null");
    requireNonNull(ceiling, "ceiling is null");
    warnings = List.copyOf(requireNonNull(warnings, "warnings is null"));
    requireNonNull(provenance, "provenance is null");
    if (!Double.isFinite(nats)) {
      throw new IllegalArgumentException("an estimate must be finite, found " + nats);
    }
  }

  /** Whether the estimate has a 95% interval (both ends finite). */
  public boolean hasInterval() {
    return Double.isFinite(ciLow) && Double.isFinite(ciHigh);
  }

  /** A copy with different provenance. */
  public Estimate withProvenance(Provenance newProvenance) {
    return new Estimate(
        nats,
        estimator,
        bound,
        ceiling,
        ciLow,
        ciHigh,
        steps,
        trainRows,
        evaluationRows,
        saturated,
        warnings,
        newProvenance);
  }
}
