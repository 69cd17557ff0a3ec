package org.mine4j.bench.gaussian;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.mine4j.bench.results.AtomicFiles;
import org.mine4j.bench.results.Csv;
import org.mine4j.bench.results.Json;

/**
 * Presents {@link GaussianResults}: a text table (rho, true MI, one column per estimator, the mean
 * absolute error below), a long-format CSV (one row per run) and a JSON document (settings, runs,
 * summary) under {@code OUT/gaussian/}, and beside that directory the figure {@code
 * OUT/gaussian.png} and the page {@code OUT/gaussian.html}. All files are written atomically, and
 * only after everything has been rendered, so a failure leaves none of them behind.
 */
public final class GaussianReport {
  private static final String CSV_HEADER =
      "rho,true_mi,estimator,seed,data_seed,held_out_seed,status,"
          + "mi_nats,ci_low,ci_high,abs_error,diverged_step,steps,bound,seconds";

  private final GaussianResults results;

  public GaussianReport(GaussianResults results) {
    this.results = requireNonNull(results, "results is null");
  }

  /**
   * Writes {@code results.csv} and {@code results.json} under {@code outDir/gaussian}; returns
   * their paths.
   */
  public List<Path> write(Path outDir) {
    Path directory = outDir.resolve("gaussian");
    Path csv = directory.resolve("results.csv");
    Path json = directory.resolve("results.json");
    AtomicFiles.write(csv, csv());
    AtomicFiles.write(json, Json.pretty(json()));
    return List.of(csv, json);
  }

  /** The figure's file under {@code outDir}. */
  public static Path figure(Path outDir) {
    return outDir.resolve("gaussian.png");
  }

  /** The page's file under {@code outDir}. */
  public static Path page(Path outDir) {
    return outDir.resolve("gaussian.html");
  }

  /**
   * Renders the figure and the page, then writes them and the CSV and JSON; returns the four paths
   * (CSV, JSON, PNG, HTML).
   *
   * @param outDir the output directory
   * @param seconds the benchmark's wall time, for the page
   * @param threads the trainings run at once, for the page
   */
  public List<Path> writeWithFigure(Path outDir, double seconds, int threads) {
    byte[] png = new GaussianPlot(results).png();
    String html = new GaussianPage(results, seconds, threads).html(png, Json.environment());
    List<Path> files = new java.util.ArrayList<>(write(outDir));
    AtomicFiles.write(figure(outDir), png);
    AtomicFiles.write(page(outDir), html);
    files.add(figure(outDir));
    files.add(page(outDir));
    return List.copyOf(files);
  }

  /** The table, one line per rho, then the mean absolute error per estimator. */
  public String table() {
    List<String> names = results.estimators();
    int width =
        Math.max(
            names.stream()
                .mapToInt(name -> Math.max(name.length(), maeCell(name).length()))
                .max()
                .orElse(0),
            results.runs().stream().mapToInt(run -> cell(run).length()).max().orElse(0));
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "%7s  %8s", "rho", "true MI"));
    names.forEach(name -> text.append(String.format(Locale.ROOT, "  %" + width + "s", name)));
    text.append('\n');
    List<Double> rhos = results.protocol().rhos();
    for (int i = 0; i < rhos.size(); i++) {
      text.append(
          String.format(
              Locale.ROOT,
              "%7.3f  %8.4f",
              rhos.get(i),
              GaussianProtocol.trueMutualInformation(rhos.get(i))));
      for (String name : names) {
        text.append(String.format(Locale.ROOT, "  %" + width + "s", cell(results.run(i, name))));
      }
      text.append('\n');
    }
    text.append(String.format(Locale.ROOT, "%7s  %8s", "MAE", ""));
    for (String name : names) {
      text.append(String.format(Locale.ROOT, "  %" + width + "s", maeCell(name)));
    }
    text.append('\n');
    return text.toString();
  }

  private String maeCell(String estimator) {
    OptionalDouble mae = results.meanAbsoluteError(estimator);
    String value = mae.isPresent() ? String.format(Locale.ROOT, "%.4f", mae.getAsDouble()) : "n/a";
    long diverged = results.divergedCount(estimator);
    return diverged == 0 ? value : value + " (" + diverged + " diverged)";
  }

  private static String cell(GaussianRun run) {
    return run.diverged()
        ? "diverged (step " + run.divergedStep().getAsLong() + ")"
        : String.format(Locale.ROOT, "%.4f", run.estimate().getAsDouble());
  }

  /** One row per run. */
  public String csv() {
    StringBuilder text = new StringBuilder(CSV_HEADER).append('\n');
    for (GaussianRun run : results.runs()) {
      text.append(
          String.join(
              ",",
              Csv.number(run.rho()),
              Csv.number(run.trueMi()),
              run.estimator(),
              Long.toString(run.seed()),
              Long.toString(run.dataSeed()),
              Long.toString(run.heldOutSeed()),
              run.diverged() ? "diverged" : "ok",
              optional(run.estimate()),
              run.diverged() ? "" : Csv.number(run.ciLow()),
              run.diverged() ? "" : Csv.number(run.ciHigh()),
              optional(run.absoluteError()),
              run.diverged() ? Long.toString(run.divergedStep().getAsLong()) : "",
              Long.toString(run.steps()),
              Csv.quote(run.bound()),
              String.format(Locale.ROOT, "%.3f", run.seconds())));
      text.append('\n');
    }
    return text.toString();
  }

  /** Settings, runs and summary. */
  public ObjectNode json() {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("protocol", "gaussian");
    root.put("settings", results.protocol().settings());
    root.put("dataset", GaussianProtocol.DATASET);
    root.put("master_seed", results.masterSeed());
    root.put("train_rows", results.protocol().trainRows());
    root.put("held_out_rows", results.protocol().heldOutRows());
    ObjectNode options = root.putObject("estimator_options");
    results.protocol().estimatorOptions().forEach(options::put);
    ArrayNode rhos = root.putArray("rhos");
    results.protocol().rhos().forEach(rhos::add);
    ArrayNode estimators = root.putArray("estimators");
    results.estimators().forEach(estimators::add);
    ObjectNode summary = root.putObject("summary");
    for (String name : results.estimators()) {
      ObjectNode entry = summary.putObject(name);
      OptionalDouble mae = results.meanAbsoluteError(name);
      if (mae.isPresent()) {
        entry.put("mean_absolute_error", mae.getAsDouble());
      } else {
        entry.putNull("mean_absolute_error");
      }
      entry.put("diverged", results.divergedCount(name));
    }
    ArrayNode runs = root.putArray("runs");
    results.runs().forEach(run -> runs.add(runJson(run)));
    root.set("environment", Json.environment());
    return root;
  }

  private static ObjectNode runJson(GaussianRun run) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("rho", run.rho());
    node.put("true_mi", run.trueMi());
    node.put("estimator", run.estimator());
    node.put("seed", run.seed());
    node.put("data_seed", run.dataSeed());
    node.put("held_out_seed", run.heldOutSeed());
    node.put("status", run.diverged() ? "diverged" : "ok");
    if (run.diverged()) {
      node.putNull("mi_nats");
      node.put("diverged_step", run.divergedStep().getAsLong());
    } else {
      node.put("mi_nats", run.estimate().getAsDouble());
      node.put("ci_low", run.ciLow());
      node.put("ci_high", run.ciHigh());
      node.put("abs_error", run.absoluteError().getAsDouble());
      node.put("bound", run.bound());
    }
    node.put("steps", run.steps());
    node.put("seconds", run.seconds());
    ObjectNode provenance = node.putObject("provenance");
    run.provenance().forEach(provenance::put);
    return node;
  }

  private static String optional(OptionalDouble value) {
    return value.isPresent() ? Csv.number(value.getAsDouble()) : "";
  }
}
