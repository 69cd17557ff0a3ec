package org.mine4j.bench.sweep;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalDouble;
import org.mine4j.bench.results.Json;

/**
 * One finished run as written to a line of {@code runs.jsonl}: the JSON object and the fields the
 * sweep reads back (key, master seed, status, estimate, truth).
 *
 * @param key estimator, task, n and seed index
 * @param masterSeed the sweep's master seed
 * @param failed whether the run failed (then {@code error} says why and there is no estimate)
 * @param estimate the estimate in nats, if the run succeeded
 * @param truth the task's exact MI in nats, if the dataset could be made
 * @param json the whole record
 */
public record RunRecord(
    RunKey key,
    long masterSeed,
    boolean failed,
    OptionalDouble estimate,
    OptionalDouble truth,
    ObjectNode json) {
  /** Status values of the {@code status} field. */
  public static final String OK = "ok";

  public static final String FAILED = "failed";

  public RunRecord {
    requireNonNull(key, "key is null");
    requireNonNull(estimate, "estimate is null");
    requireNonNull(truth, "truth is null");
    requireNonNull(json, "json is null");
  }

  /** A record from its JSON object (as built by {@link Sweep}). */
  public static RunRecord of(ObjectNode json) {
    requireNonNull(json, "json is null");
    RunKey key =
        new RunKey(
            text(json, "estimator"),
            text(json, "task"),
            required(json, "n").asInt(),
            required(json, "seed_index").asInt());
    String status = text(json, "status");
    if (!OK.equals(status) && !FAILED.equals(status)) {
      throw new IllegalArgumentException("status must be ok or failed, found " + status);
    }
    boolean failed = FAILED.equals(status);
    OptionalDouble estimate = number(json, "estimate");
    if (!failed && estimate.isEmpty()) {
      throw new IllegalArgumentException("a finished run has no estimate");
    }
    return new RunRecord(
        key, required(json, "master_seed").asLong(), failed, estimate, number(json, "truth"), json);
  }

  /**
   * Parses one line of {@code runs.jsonl}.
   *
   * @throws IllegalArgumentException if the line is not a run record
   */
  public static RunRecord parse(String line) {
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (!(node instanceof ObjectNode object)) {
      throw new IllegalArgumentException("not a JSON object");
    }
    return of(object);
  }

  /** The record on one line, ending in a newline. */
  public String toLine() {
    return Json.compact(json) + "\n";
  }

  private static String text(JsonNode json, String field) {
    JsonNode value = required(json, field);
    if (!value.isTextual()) {
      throw new IllegalArgumentException(field + " must be a string");
    }
    return value.asText();
  }

  /** The field's value; a missing field is named in words, not in Jackson's class names. */
  private static JsonNode required(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("the field '" + field + "' is missing");
    }
    return value;
  }

  private static OptionalDouble number(JsonNode json, String field) {
    JsonNode value = json.get(field);
    return value == null || !value.isNumber()
        ? OptionalDouble.empty()
        : OptionalDouble.of(value.asDouble());
  }
}
