package org.mine4j.bench.consistency;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns one estimator's {@link Measurement}s into {@link CheckResult}s with the tolerances of the
 * {@link ConsistencyProtocol}: independence passes when |Î| ≤ max(zσ, floor/√N); data processing
 * when Î(X;g(Y)) − Î(X;Y) ≤ tol; additivity and the invariances when |Î − reference| ≤ tol, with
 * tol = max(zσ, floor/√N, relative·|reference|) and σ the standard error of the difference.
 */
final class Checks {
  private Checks() {}

  static List<CheckResult> evaluate(
      String estimator, Map<Probe, Measurement> measured, ConsistencyProtocol protocol) {
    requireNonNull(measured, "measured is null");
    List<CheckResult> results = new ArrayList<>();
    results.add(independence(estimator, measured.get(Probe.INDEPENDENT), protocol));
    results.add(
        compare(
            estimator,
            ConsistencyCheck.DATA_PROCESSING,
            measured.get(Probe.PROJECTED),
            List.of(measured.get(Probe.JOINT)),
            protocol));
    results.add(
        compare(
            estimator,
            ConsistencyCheck.ADDITIVITY,
            measured.get(Probe.STACKED),
            List.of(measured.get(Probe.COPY_1), measured.get(Probe.COPY_2)),
            protocol));
    results.add(
        compare(
            estimator,
            ConsistencyCheck.AFFINE_INVARIANCE,
            measured.get(Probe.AFFINE),
            List.of(measured.get(Probe.JOINT)),
            protocol));
    results.add(
        compare(
            estimator,
            ConsistencyCheck.TRANSFORM_INVARIANCE,
            measured.get(Probe.TRANSFORMED),
            List.of(measured.get(Probe.JOINT)),
            protocol));
    return List.copyOf(results);
  }

  private static CheckResult independence(
      String estimator, Measurement tested, ConsistencyProtocol protocol) {
    if (tested.diverged()) {
      return diverged(estimator, ConsistencyCheck.INDEPENDENCE, tested, "0", 0);
    }
    double tolerance = Math.max(protocol.z() * tested.standardError(), protocol.minimumTolerance());
    double gap = tested.nats();
    return new CheckResult(
        estimator,
        ConsistencyCheck.INDEPENDENCE,
        tested.probe().quantity(),
        tested.nats(),
        tested.trueMi(),
        "0",
        0,
        0,
        gap,
        tolerance,
        Math.abs(gap) <= tolerance ? "pass" : "FAIL");
  }

  /** The tested estimate against the sum of the reference estimates. */
  private static CheckResult compare(
      String estimator,
      ConsistencyCheck check,
      Measurement tested,
      List<Measurement> references,
      ConsistencyProtocol protocol) {
    String referenceQuantity =
        String.join(" + ", references.stream().map(m -> m.probe().quantity()).toList());
    double referenceTruth = references.stream().mapToDouble(Measurement::trueMi).sum();
    if (tested.diverged() || references.stream().anyMatch(Measurement::diverged)) {
      return diverged(estimator, check, tested, referenceQuantity, referenceTruth);
    }
    double reference = references.stream().mapToDouble(Measurement::nats).sum();
    double variance = square(tested.standardError());
    for (Measurement m : references) {
      variance += square(m.standardError());
    }
    double tolerance =
        Math.max(
            protocol.z() * Math.sqrt(variance),
            Math.max(protocol.minimumTolerance(), protocol.relative() * Math.abs(reference)));
    double gap = tested.nats() - reference;
    boolean passed =
        check == ConsistencyCheck.DATA_PROCESSING ? gap <= tolerance : Math.abs(gap) <= tolerance;
    return new CheckResult(
        estimator,
        check,
        tested.probe().quantity(),
        tested.nats(),
        tested.trueMi(),
        referenceQuantity,
        reference,
        referenceTruth,
        gap,
        tolerance,
        passed ? "pass" : "FAIL");
  }

  private static CheckResult diverged(
      String estimator,
      ConsistencyCheck check,
      Measurement tested,
      String referenceQuantity,
      double referenceTruth) {
    return new CheckResult(
        estimator,
        check,
        tested.probe().quantity(),
        Double.NaN,
        tested.trueMi(),
        referenceQuantity,
        Double.NaN,
        referenceTruth,
        Double.NaN,
        Double.NaN,
        "diverged");
  }

  private static double square(double value) {
    return value * value;
  }
}
