package org.mine4j.bench.consistency;

import static java.util.Objects.requireNonNull;

/**
 * The outcome of one {@link ConsistencyCheck} for one estimator: the tested estimate, the reference
 * it is compared with (0 for independence), both truths, the signed gap (tested − reference), the
 * tolerance and whether the check passed. A check whose estimates diverged fails with status {@code
 * diverged} and NaN figures.
 *
 * @param estimator the estimator's label
 * @param check the property
 * @param tested what was estimated
 * @param estimate the tested estimate (NaN if diverged)
 * @param truth the exact value of the tested quantity
 * @param referenceQuantity what the reference is ("0" for independence)
 * @param reference the reference estimate (0 for independence; NaN if diverged)
 * @param referenceTruth the exact value of the reference
 * @param gap estimate − reference (NaN if diverged)
 * @param tolerance the allowed gap (NaN if diverged)
 * @param status {@code pass}, {@code FAIL} or {@code diverged}
 */
public record CheckResult(
    String estimator,
    ConsistencyCheck check,
    String tested,
    double estimate,
    double truth,
    String referenceQuantity,
    double reference,
    double referenceTruth,
    double gap,
    double tolerance,
    String status) {
  public CheckResult {
    requireNonNull(estimator, "estimator is null");
    requireNonNull(check, "check is null");
    requireNonNull(tested, "tested is null");
    requireNonNull(referenceQuantity, "referenceQuantity is null");
    requireNonNull(status, "status is null");
  }

  /** Whether the property held within the tolerance. */
  public boolean passed() {
    return status.equals("pass");
  }
}
