package org.mine4j.bench.consistency;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Everything one consistency run produced: the settings, the estimations (in estimator, probe
 * order) and the check outcomes (in estimator, check order).
 *
 * @param protocol the settings
 * @param masterSeed the seed of the sample sets and of the run seeds
 * @param estimators the estimator labels, in table order
 * @param measurements every estimation
 * @param checks every check outcome
 */
public record ConsistencyResults(
    ConsistencyProtocol protocol,
    long masterSeed,
    List<String> estimators,
    List<Measurement> measurements,
    List<CheckResult> checks) {
  public ConsistencyResults {
    requireNonNull(protocol, "protocol is null");
    estimators = List.copyOf(estimators);
    measurements = List.copyOf(measurements);
    checks = List.copyOf(checks);
  }

  /** The check outcomes of one estimator, in check order. */
  public List<CheckResult> checksOf(String estimator) {
    return checks.stream().filter(c -> c.estimator().equals(estimator)).toList();
  }

  /** The number of checks an estimator passed. */
  public long passedCount(String estimator) {
    return checksOf(estimator).stream().filter(CheckResult::passed).count();
  }
}
