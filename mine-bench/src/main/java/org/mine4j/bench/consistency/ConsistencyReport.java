package org.mine4j.bench.consistency;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mine4j.bench.results.AtomicFiles;
import org.mine4j.bench.results.Csv;
import org.mine4j.bench.results.Json;

/**
 * Presents {@link ConsistencyResults}: a pass/fail table per estimator with the estimates, the
 * truths, the gap and the tolerance (the tolerance rules in its header), a CSV with one row per
 * (estimator, check) and a JSON document (settings, checks, every estimation), the files written
 * atomically under {@code OUT/consistency/}.
 */
public final class ConsistencyReport {
  private static final String CSV_HEADER =
      "estimator,check,status,tested,estimate,truth,reference_quantity,reference,"
          + "reference_truth,gap,tolerance";
  private static final String[] COLUMNS = {
    "check", "tested", "estimate", "truth", "reference", "estimate", "truth", "gap", "tol", "result"
  };

  private final ConsistencyResults results;

  public ConsistencyReport(ConsistencyResults results) {
    this.results = requireNonNull(results, "results is null");
  }

  /**
   * Writes {@code consistency.csv} and {@code consistency.json} under {@code outDir/consistency};
   * returns their paths.
   */
  public List<Path> write(Path outDir) {
    Path directory = outDir.resolve("consistency");
    Path csv = directory.resolve("consistency.csv");
    Path json = directory.resolve("consistency.json");
    AtomicFiles.write(csv, csv());
    AtomicFiles.write(json, Json.pretty(json()));
    return List.of(csv, json);
  }

  /** The header with the settings and tolerance rules, then one block per estimator. */
  public String table() {
    ConsistencyProtocol p = results.protocol();
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            "Self-consistency: N = %d per sample set, seed %d; dataset %s, X and Y of dim %d,"
                + " pairs (X_i, Y_i) with rho = %s; invariance-transform: x-transform=%s,"
                + " y-transform=%s; neural estimators: %s%n",
            p.rows(),
            results.masterSeed(),
            ConsistencyProtocol.DATASET,
            p.dim(),
            Double.toString(p.rho()),
            p.xTransform(),
            p.yTransform(),
            p.trainingOptions()));
    text.append(
        String.format(
            Locale.ROOT,
            "Tolerances: independence |I| <= max(%s se, %s/sqrt(N) = %.4f); data-processing"
                + " passes when gap <= tol, additivity and invariances when |gap| <= tol, with"
                + " tol = max(%s se of the gap, %s/sqrt(N), %s%% of the reference); se from each"
                + " estimate's 95%% interval.%n",
            trim(p.z()),
            trim(p.floor()),
            p.minimumTolerance(),
            trim(p.z()),
            trim(p.floor()),
            trim(100 * p.relative())));
    for (String estimator : results.estimators()) {
      List<CheckResult> checks = results.checksOf(estimator);
      text.append(
          String.format(
              Locale.ROOT,
              "%n%s: %d/%d checks pass%n",
              estimator,
              results.passedCount(estimator),
              checks.size()));
      List<String[]> rows = new ArrayList<>();
      rows.add(COLUMNS);
      for (CheckResult check : checks) {
        rows.add(
            new String[] {
              check.check().label(),
              check.tested(),
              number(check.estimate()),
              number(check.truth()),
              check.referenceQuantity(),
              check.check() == ConsistencyCheck.INDEPENDENCE ? "" : number(check.reference()),
              check.check() == ConsistencyCheck.INDEPENDENCE ? "" : number(check.referenceTruth()),
              Double.isNaN(check.gap()) ? "n/a" : String.format(Locale.ROOT, "%+.4f", check.gap()),
              number(check.tolerance()),
              check.status()
            });
      }
      text.append(align(rows));
    }
    return text.toString();
  }

  private static String align(List<String[]> rows) {
    int[] widths = new int[COLUMNS.length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(" ");
      for (int c = 0; c < row.length; c++) {
        boolean numeric = c >= 2 && c != 4 && c != COLUMNS.length - 1;
        String format = numeric ? "%" + widths[c] + "s" : "%-" + widths[c] + "s";
        line.append(' ').append(String.format(Locale.ROOT, format, row[c]));
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.4f", value);
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  /** One row per (estimator, check). */
  public String csv() {
    StringBuilder text = new StringBuilder(CSV_HEADER).append('\n');
    for (CheckResult check : results.checks()) {
      text.append(
              String.join(
                  ",",
                  Csv.quote(check.estimator()),
                  check.check().label(),
                  check.status(),
                  Csv.quote(check.tested()),
                  Csv.number(check.estimate()),
                  Csv.number(check.truth()),
                  Csv.quote(check.referenceQuantity()),
                  Csv.number(check.reference()),
                  Csv.number(check.referenceTruth()),
                  Csv.number(check.gap()),
                  Csv.number(check.tolerance())))
          .append('\n');
    }
    return text.toString();
  }

  /** Settings, summary, checks and estimations. */
  public ObjectNode json() {
    ConsistencyProtocol p = results.protocol();
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("protocol", "consistency");
    root.put("dataset", ConsistencyProtocol.DATASET);
    root.put("master_seed", results.masterSeed());
    root.put("rows", p.rows());
    root.put("dim", p.dim());
    root.put("rho", p.rho());
    root.put("x_transform", p.xTransform());
    root.put("y_transform", p.yTransform());
    ObjectNode tolerance = root.putObject("tolerance");
    tolerance.put("z", p.z());
    tolerance.put("floor", p.floor());
    tolerance.put("minimum", p.minimumTolerance());
    tolerance.put("relative", p.relative());
    ObjectNode training = root.putObject("training_options");
    p.trainingOptions().forEach(training::put);
    ObjectNode datasets = root.putObject("sample_sets");
    for (Probe probe : Probe.values()) {
      ObjectNode entry = datasets.putObject(probe.label());
      entry.put("quantity", probe.quantity());
      p.datasetOptions(probe).forEach(entry::put);
    }
    ObjectNode summary = root.putObject("summary");
    for (String estimator : results.estimators()) {
      ObjectNode entry = summary.putObject(estimator);
      entry.put("passed", results.passedCount(estimator));
      entry.put("checks", results.checksOf(estimator).size());
    }
    ArrayNode checks = root.putArray("checks");
    for (CheckResult check : results.checks()) {
      ObjectNode node = checks.addObject();
      node.put("estimator", check.estimator());
      node.put("check", check.check().label());
      node.put("status", check.status());
      node.put("passed", check.passed());
      node.put("tested", check.tested());
      putNumber(node, "estimate", check.estimate());
      node.put("truth", check.truth());
      node.put("reference_quantity", check.referenceQuantity());
      putNumber(node, "reference", check.reference());
      node.put("reference_truth", check.referenceTruth());
      putNumber(node, "gap", check.gap());
      putNumber(node, "tolerance", check.tolerance());
    }
    ArrayNode measurements = root.putArray("estimations");
    for (Measurement m : results.measurements()) {
      ObjectNode node = measurements.addObject();
      node.put("estimator", m.estimator());
      node.put("sample_set", m.probe().label());
      node.put("true_mi", m.trueMi());
      node.put("seed", m.seed());
      node.put("status", m.diverged() ? "diverged" : "ok");
      if (m.diverged()) {
        node.putNull("mi_nats");
        node.put("diverged_step", m.divergedStep().getAsLong());
      } else {
        node.put("mi_nats", m.nats());
        putNumber(node, "ci_low", m.ciLow());
        putNumber(node, "ci_high", m.ciHigh());
      }
      node.put("seconds", m.seconds());
    }
    root.set("environment", Json.environment());
    return root;
  }

  private static void putNumber(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }
}
