package org.mine4j.bench.sweep;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.MineException;
import org.mine4j.api.NonFiniteLossException;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.data.Samples;
import org.mine4j.api.spi.DatasetFactory;
import org.mine4j.bench.parallel.RunPool;
import org.mine4j.bench.plugins.ComponentRegistry;
import org.mine4j.bench.results.Json;

/**
 * Runs the runs of a {@link SweepPlan} that its {@link RunLog} does not hold yet, {@code parallel}
 * at a time, appending each to the log the moment it finishes. A run that fails (a non-finite
 * training loss, options a dataset rejects, a sample size a finite dataset cannot give, or any
 * other exception of the estimator) is recorded as failed with its reason and the sweep goes on;
 * only a failure to write the log stops it.
 */
public final class Sweep {
  private final SweepPlan plan;
  private final ComponentRegistry<DatasetFactory> datasets;
  private final ObjectNode environment;

  /**
   * @param plan the runs
   * @param datasets where the tasks' datasets are made
   * @param environment the provenance block every record carries (versions, Java, OS, commit)
   */
  public Sweep(SweepPlan plan, ComponentRegistry<DatasetFactory> datasets, ObjectNode environment) {
    this.plan = requireNonNull(plan, "plan is null");
    this.datasets = requireNonNull(datasets, "datasets is null");
    this.environment = requireNonNull(environment, "environment is null").deepCopy();
  }

  /** The runs of the plan not in the log, in plan order. */
  public List<RunSpec> pending(RunLog log) {
    return plan.runs().stream().filter(run -> !log.contains(run.key())).toList();
  }

  /**
   * Runs the pending runs.
   *
   * @param log where each finished run is appended
   * @param parallel runs at once
   * @param progress called (from worker threads) after each run is appended
   * @return the records of the runs done now, in plan order
   */
  public List<RunRecord> run(RunLog log, int parallel, Consumer<RunRecord> progress) {
    requireNonNull(log, "log is null");
    requireNonNull(progress, "progress is null");
    List<Callable<RunRecord>> tasks = new ArrayList<>();
    for (RunSpec spec : pending(log)) {
      tasks.add(
          () -> {
            RunRecord record = execute(spec);
            log.append(record);
            progress.accept(record);
            return record;
          });
    }
    return tasks.isEmpty() ? List.of() : RunPool.runAll(tasks, parallel);
  }

  /** One run, never throwing for a failure of the estimation itself. */
  RunRecord execute(RunSpec spec) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("estimator", spec.key().estimator());
    node.put("task", spec.key().task());
    node.put("n", spec.key().n());
    node.put("seed_index", spec.key().seedIndex());
    node.put("master_seed", plan.masterSeed());
    node.put("data_seed", spec.dataSeed());
    node.put("estimator_seed", spec.estimatorSeed());
    node.put("estimator_name", spec.estimator().name());
    putMap(node.putObject("estimator_options"), spec.estimator().options());
    node.put("neural", spec.estimator().neural());
    node.put("dataset", spec.task().dataset());
    putMap(node.putObject("dataset_options"), spec.task().options());
    long start = System.nanoTime();
    OptionalDouble truth = OptionalDouble.empty();
    try {
      Dataset dataset = datasets.get(spec.task().dataset()).create(spec.task().options());
      truth = dataset.trueMutualInformation();
      if (truth.isEmpty()) {
        throw MineException.invalidOptions(
            "dataset '"
                + spec.task().dataset()
                + "' gives no exact MI with these options; a sweep needs tasks with a known MI");
      }
      if (!Double.isFinite(truth.getAsDouble())) {
        throw MineException.invalidOptions(
            "dataset '"
                + spec.task().dataset()
                + "' gives a non-finite MI ("
                + truth.getAsDouble()
                + ") with these options; check them");
      }
      Samples samples = dataset.sample(spec.key().n(), spec.dataSeed());
      Estimate estimate =
          spec.estimator()
              .estimator()
              .estimate(samples, EstimationContext.seeded(spec.estimatorSeed()));
      node.put("status", RunRecord.OK);
      node.put("estimate", estimate.nats());
      node.put("truth", truth.getAsDouble());
      number(node, "ci_low", estimate.ciLow());
      number(node, "ci_high", estimate.ciHigh());
      node.put("bound", estimate.bound());
      number(node, "ceiling", estimate.ceiling().orElse(Double.NaN));
      node.put("saturated", estimate.saturated());
      node.put("steps", estimate.steps());
      node.put("train_rows", estimate.trainRows());
      node.put("evaluation_rows", estimate.evaluationRows());
      ArrayNode warnings = node.putArray("warnings");
      estimate.warnings().forEach(warnings::add);
      putMap(node.putObject("provenance"), estimate.provenance().entries());
      node.putNull("error");
    } catch (RuntimeException e) {
      node.put("status", RunRecord.FAILED);
      node.putNull("estimate");
      number(node, "truth", truth.orElse(Double.NaN));
      node.put("error", reason(e));
      node.put("error_code", e instanceof MineException mine ? mine.code().name() : "INTERNAL");
      if (e instanceof NonFiniteLossException nonFinite) {
        node.put("diverged_step", nonFinite.step());
      }
    }
    node.put("seconds", (System.nanoTime() - start) / 1e9);
    node.set("environment", environment.deepCopy());
    return RunRecord.of(node);
  }

  private static String reason(RuntimeException e) {
    if (e instanceof MineException) {
      return e.getMessage();
    }
    return "internal failure: " + e;
  }

  /** Finite numbers as they are, anything else as null (JSON has no NaN). */
  private static void number(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }

  private static void putMap(ObjectNode node, Map<String, String> entries) {
    new java.util.TreeMap<>(entries).forEach(node::put);
  }
}
