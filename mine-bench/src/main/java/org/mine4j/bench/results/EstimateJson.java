package org.mine4j.bench.results;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mine4j.api.Estimate;

/**
 * The JSON form of an {@link Estimate} that {@code mine4j estimate --json} prints: one object with
 * {@code estimator}, {@code mi_nats}, {@code ci_low}, {@code ci_high}, {@code n}, {@code seed},
 * {@code bound}, {@code ceiling} (null if none), {@code saturated}, {@code warnings}, {@code
 * steps}, {@code train_rows}, {@code evaluation_rows} and {@code provenance}.
 */
public final class EstimateJson {
  private EstimateJson() {}

  /** The object as a tree. */
  public static ObjectNode toNode(Estimate estimate, int rows, long seed) {
    requireNonNull(estimate, "estimate is null");
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("estimator", estimate.estimator());
    node.put("mi_nats", estimate.nats());
    if (estimate.hasInterval()) {
      node.put("ci_low", estimate.ciLow());
      node.put("ci_high", estimate.ciHigh());
    } else {
      node.putNull("ci_low");
      node.putNull("ci_high");
    }
    node.put("n", rows);
    node.put("seed", seed);
    node.put("bound", estimate.bound());
    if (estimate.ceiling().isPresent()) {
      node.put("ceiling", estimate.ceiling().getAsDouble());
    } else {
      node.putNull("ceiling");
    }
    node.put("saturated", estimate.saturated());
    ArrayNode warnings = node.putArray("warnings");
    estimate.warnings().forEach(warnings::add);
    node.put("steps", estimate.steps());
    node.put("train_rows", estimate.trainRows());
    node.put("evaluation_rows", estimate.evaluationRows());
    ObjectNode provenance = node.putObject("provenance");
    estimate.provenance().entries().forEach(provenance::put);
    return node;
  }

  /** The object on one line. */
  public static String toJson(Estimate estimate, int rows, long seed) {
    return Json.compact(toNode(estimate, rows, seed));
  }
}
