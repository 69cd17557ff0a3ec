package org.mine4j.bench.sweep;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run of a sweep described by plain values only, so that it can travel to another JVM (a Spark
 * executor) and be run there by a {@link RunExecutor} that rebuilds the estimator and the dataset
 * from their registered names and options. It carries the same seeds as the {@link RunSpec} it was
 * made from, so it gives the same record wherever it runs.
 *
 * @param estimatorLabel the estimator label, e.g. {@code smile:tau=5}
 * @param estimatorName the registered estimator name, e.g. {@code smile}
 * @param estimatorOptions the options the estimator is made with
 * @param taskLabel the task label, e.g. {@code 1v1-normal-0.75}
 * @param dataset the registered dataset name
 * @param datasetOptions the dataset options
 * @param n the number of samples
 * @param seedIndex the seed index
 * @param dataSeed the seed the samples are drawn with
 * @param estimatorSeed the seed of the estimation
 * @param masterSeed the sweep's master seed (recorded)
 * @param environment the provenance block every record carries, as compact JSON
 */
public record RunRequest(
    String estimatorLabel,
    String estimatorName,
    Map<String, String> estimatorOptions,
    String taskLabel,
    String dataset,
    Map<String, String> datasetOptions,
    int n,
    int seedIndex,
    long dataSeed,
    long estimatorSeed,
    long masterSeed,
    String environment)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public RunRequest {
    requireNonNull(estimatorLabel, "estimatorLabel is null");
    requireNonNull(estimatorName, "estimatorName is null");
    estimatorOptions = new TreeMap<>(requireNonNull(estimatorOptions, "estimatorOptions is null"));
    requireNonNull(taskLabel, "taskLabel is null");
    requireNonNull(dataset, "dataset is null");
    datasetOptions = new TreeMap<>(requireNonNull(datasetOptions, "datasetOptions is null"));
    requireNonNull(environment, "environment is null");
  }

  /** The request for a planned run. */
  public static RunRequest of(RunSpec spec, long masterSeed, String environment) {
    requireNonNull(spec, "spec is null");
    return new RunRequest(
        spec.estimator().label(),
        spec.estimator().name(),
        spec.estimator().options(),
        spec.task().label(),
        spec.task().dataset(),
        spec.task().options(),
        spec.key().n(),
        spec.key().seedIndex(),
        spec.dataSeed(),
        spec.estimatorSeed(),
        masterSeed,
        environment);
  }

  /** The key of the run. */
  public RunKey key() {
    return new RunKey(estimatorLabel, taskLabel, n, seedIndex);
  }
}
