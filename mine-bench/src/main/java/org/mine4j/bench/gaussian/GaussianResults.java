package org.mine4j.bench.gaussian;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The runs of one Gaussian benchmark, in (rho, estimator) order, with the mean absolute error per
 * estimator over the runs that finished.
 *
 * @param protocol the settings
 * @param masterSeed the seed the run seeds were split from
 * @param estimators the estimators, in column order
 * @param runs every run
 */
public record GaussianResults(
    GaussianProtocol protocol, long masterSeed, List<String> estimators, List<GaussianRun> runs) {
  public GaussianResults {
    requireNonNull(protocol, "protocol is null");
    estimators = List.copyOf(estimators);
    runs = List.copyOf(runs);
  }

  /** The runs of one estimator, in rho order. */
  public List<GaussianRun> runsOf(String estimator) {
    return runs.stream().filter(r -> r.estimator().equals(estimator)).toList();
  }

  /** The run at a rho index for an estimator. */
  public GaussianRun run(int rhoIndex, String estimator) {
    return runsOf(estimator).get(rhoIndex);
  }

  /** Mean |estimate - true MI| over the finished runs of an estimator; empty if all diverged. */
  public OptionalDouble meanAbsoluteError(String estimator) {
    return runsOf(estimator).stream()
        .map(GaussianRun::absoluteError)
        .filter(OptionalDouble::isPresent)
        .mapToDouble(OptionalDouble::getAsDouble)
        .average();
  }

  /** The number of runs of an estimator that diverged. */
  public long divergedCount(String estimator) {
    return runsOf(estimator).stream().filter(GaussianRun::diverged).count();
  }
}
