package org.mine4j.bench.sweep;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.MineException;
import org.mine4j.api.NonFiniteLossException;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.data.Samples;
import org.mine4j.api.spi.ComponentLookup;
import org.mine4j.bench.OutOfMemory;
import org.mine4j.bench.results.Json;
import org.mine4j.estimators.neural.NeuralEstimator;

/**
 * Runs one run of a sweep and turns its outcome into the record written to {@code runs.jsonl}. A
 * failure of the estimation (a non-finite training loss, options a dataset rejects, a sample size a
 * finite dataset cannot give, or any other exception of the estimator or dataset) becomes a failed
 * record with its reason; this class never throws for one.
 *
 * <p>Local engines pass {@link RunSpec}s, whose estimator is already made; remote engines (Spark)
 * pass {@link RunRequest}s, from which the estimator is made again by name and options, once per
 * label and executor JVM. Both give the same record for the same run.
 */
public final class RunExecutor {
  private final ComponentLookup components;
  private final ConcurrentMap<String, SweepEstimator> madeEstimators = new ConcurrentHashMap<>();

  /**
   * @param components where a request's estimator and the tasks' datasets are made
   */
  public RunExecutor(ComponentLookup components) {
    this.components = requireNonNull(components, "components is null");
  }

  /**
   * Runs a request made by {@link RunRequest#of}.
   *
   * @throws MineException if the request's estimator cannot be made (which the driver checked when
   *     it planned the sweep, so only a different set of plugins on this JVM gets here)
   */
  public RunRecord execute(RunRequest request) {
    requireNonNull(request, "request is null");
    SweepEstimator estimator =
        madeEstimators.computeIfAbsent(
            request.estimatorLabel(),
            label ->
                SweepEstimator.create(
                    label, request.estimatorName(), request.estimatorOptions(), components));
    RunSpec spec =
        new RunSpec(
            request.key(),
            estimator,
            new SweepTask(request.taskLabel(), request.dataset(), request.datasetOptions()),
            request.dataSeed(),
            request.estimatorSeed());
    return execute(spec, request.masterSeed(), environment(request.environment()));
  }

  /**
   * Runs one planned run.
   *
   * @param spec the run
   * @param masterSeed the sweep's master seed, recorded
   * @param environment the provenance block the record carries (copied)
   */
  public RunRecord execute(RunSpec spec, long masterSeed, ObjectNode environment) {
    requireNonNull(spec, "spec is null");
    requireNonNull(environment, "environment is null");
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("estimator", spec.key().estimator());
    node.put("task", spec.key().task());
    node.put("n", spec.key().n());
    node.put("seed_index", spec.key().seedIndex());
    node.put("master_seed", masterSeed);
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
      Dataset dataset = components.dataset(spec.task().dataset()).create(spec.task().options());
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
      number(node, "final_estimate", finalEstimate(estimate));
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
    } catch (OutOfMemoryError e) {
      // The run's own allocations are garbage now: record it as failed and let the sweep go on.
      node.put("status", RunRecord.FAILED);
      node.putNull("estimate");
      number(node, "truth", truth.orElse(Double.NaN));
      node.put("error", OutOfMemory.message());
      node.put("error_code", "OUT_OF_MEMORY");
    }
    node.put("seconds", (System.nanoTime() - start) / 1e9);
    node.set("environment", environment.deepCopy());
    return RunRecord.of(node);
  }

  /**
   * A neural run's held-out value of its last critic (the estimate is the chosen critic's); the
   * estimate itself for other estimators, whose result has no training path.
   */
  private static double finalEstimate(Estimate estimate) {
    String text = estimate.provenance().entries().get(NeuralEstimator.FINAL_VALUE);
    if (text == null) {
      return estimate.nats();
    }
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static ObjectNode environment(String json) {
    try {
      JsonNode node = Json.MAPPER.readTree(json);
      if (node instanceof ObjectNode object) {
        return object;
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the request's environment is not JSON: " + json, e);
    }
    throw new IllegalArgumentException("the request's environment is not a JSON object: " + json);
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
    new TreeMap<>(entries).forEach(node::put);
  }
}
