package org.mine4j.bench.sweep;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.mine4j.api.MineException;
import org.mine4j.bench.results.Json;

/**
 * What a {@link SweepEngine} is given: the runs still to do, in plan order, the means to run one
 * here or to describe it for another JVM, and the engine settings from the command line.
 *
 * @param runs the runs to do, in plan order
 * @param executor runs a run in this JVM
 * @param masterSeed the sweep's master seed, recorded in every record
 * @param environment the provenance block every record carries
 * @param parallel {@code --parallel}: runs at once, if given
 * @param master {@code --master}: the Spark master URL, if given
 */
public record SweepJob(
    List<RunSpec> runs,
    RunExecutor executor,
    long masterSeed,
    ObjectNode environment,
    OptionalInt parallel,
    Optional<String> master) {
  public SweepJob {
    runs = List.copyOf(requireNonNull(runs, "runs is null"));
    requireNonNull(executor, "executor is null");
    environment = requireNonNull(environment, "environment is null").deepCopy();
    requireNonNull(parallel, "parallel is null");
    requireNonNull(master, "master is null");
    if (parallel.isPresent() && parallel.getAsInt() < 1) {
      throw MineException.invalidOptions(
          "--parallel must be at least 1, found " + parallel.getAsInt());
    }
  }

  /** Runs one of the job's runs in this JVM. */
  public RunRecord execute(RunSpec spec) {
    return executor.execute(spec, masterSeed, environment);
  }

  /** The job's runs as portable requests, in plan order. */
  public List<RunRequest> requests() {
    String json = Json.compact(environment);
    return runs.stream().map(spec -> RunRequest.of(spec, masterSeed, json)).toList();
  }
}
