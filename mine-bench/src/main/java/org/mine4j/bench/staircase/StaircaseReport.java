package org.mine4j.bench.staircase;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mine4j.bench.results.AtomicFiles;
import org.mine4j.bench.results.Csv;
import org.mine4j.bench.results.Json;

/**
 * The staircase's results: a terminal table (bias at every level, variance and MSE at the top
 * level, ms/step, divergences), {@code staircase.csv} and {@code staircase.json} with every level's
 * bias, variance and MSE, {@code traces.csv} with every per-step estimate, and the plot.
 */
public final class StaircaseReport {
  private static final String CSV_HEADER =
      "variant,critic,cubic,estimator,bound,ceiling,level_mi,window,bias,variance,mse,"
          + "diverged_step,steps,ms_per_step,seconds";

  private final StaircaseProtocol protocol;
  private final long masterSeed;
  private final List<StaircaseRun> runs;

  public StaircaseReport(StaircaseProtocol protocol, long masterSeed, List<StaircaseRun> runs) {
    this.protocol = requireNonNull(protocol, "protocol is null");
    this.masterSeed = masterSeed;
    this.runs = List.copyOf(runs);
  }

  /** Writes the files under {@code outDir/staircase/VARIANT}; returns their paths. */
  public List<Path> write(Path outDir) {
    Path directory = outDir.resolve("staircase").resolve(protocol.variant());
    Path csv = directory.resolve("staircase.csv");
    Path json = directory.resolve("staircase.json");
    Path traces = directory.resolve("traces.csv");
    Path plot = directory.resolve("staircase.png");
    AtomicFiles.write(csv, csv());
    AtomicFiles.write(json, Json.pretty(json()));
    AtomicFiles.write(traces, traces());
    AtomicFiles.write(plot, new StaircasePlot(protocol, runs).png());
    return List.of(csv, json, traces, plot);
  }

  /** One line per estimator: bias per level, variance and MSE at the last level, speed. */
  public String table() {
    int width = Math.max(9, runs.stream().mapToInt(r -> r.label().length()).max().orElse(0));
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            "staircase %s: d=%d, K=%d, %d steps per level, statistics over the last %d steps%n",
            protocol.variant(),
            protocol.dim(),
            protocol.batchSize(),
            protocol.stepsPerLevel(),
            protocol.window()));
    text.append(String.format(Locale.ROOT, "%-" + width + "s", "estimator"));
    for (double mi : protocol.levels()) {
      text.append(String.format(Locale.ROOT, " %8s", "bias@" + level(mi)));
    }
    double top = protocol.levels().get(protocol.levels().size() - 1);
    text.append(
        String.format(
            Locale.ROOT,
            " %8s %8s %8s %8s%n",
            "var@" + level(top),
            "MSE@" + level(top),
            "ceiling",
            "ms/step"));
    for (StaircaseRun run : runs) {
      List<LevelStatistics> levels = LevelStatistics.of(protocol, run);
      text.append(String.format(Locale.ROOT, "%-" + width + "s", run.label()));
      for (LevelStatistics level : levels) {
        text.append(cell(level.available(), level.bias(), "%+8.2f"));
      }
      LevelStatistics last = levels.get(levels.size() - 1);
      text.append(cell(last.available(), last.variance(), "%8.3f"));
      text.append(cell(last.available(), last.mse(), "%8.3f"));
      text.append(
          run.ceiling().isPresent()
              ? String.format(Locale.ROOT, " %8.2f", run.ceiling().getAsDouble())
              : String.format(Locale.ROOT, " %8s", "none"));
      text.append(String.format(Locale.ROOT, " %8.2f%n", run.millisPerStep()));
    }
    for (StaircaseRun run : runs) {
      if (run.diverged()) {
        long step = run.divergedStep().getAsLong();
        text.append(
            String.format(
                Locale.ROOT,
                "%s diverged at step %d (true MI %s nats): %s%n",
                run.label(),
                step,
                level(protocol.trueMiAt(step)),
                run.divergence()));
      }
    }
    return text.toString();
  }

  private static String cell(boolean available, double value, String format) {
    return available
        ? " " + String.format(Locale.ROOT, format, value)
        : String.format(" %8s", "div");
  }

  private static String level(double mi) {
    return mi == Math.rint(mi) ? Long.toString((long) mi) : Double.toString(mi);
  }

  /** One row per estimator and level. */
  public String csv() {
    StringBuilder text = new StringBuilder(CSV_HEADER).append('\n');
    for (StaircaseRun run : runs) {
      for (LevelStatistics level : LevelStatistics.of(protocol, run)) {
        text.append(
                String.join(
                    ",",
                    protocol.variant(),
                    protocol.critic(),
                    Boolean.toString(protocol.cubic()),
                    Csv.quote(run.label()),
                    Csv.quote(run.bound()),
                    run.ceiling().isPresent() ? Csv.number(run.ceiling().getAsDouble()) : "",
                    Csv.number(level.trueMi()),
                    Integer.toString(level.window()),
                    Csv.number(level.bias()),
                    Csv.number(level.variance()),
                    Csv.number(level.mse()),
                    run.diverged() ? Long.toString(run.divergedStep().getAsLong()) : "",
                    Long.toString(run.stepsRun()),
                    String.format(Locale.ROOT, "%.3f", run.millisPerStep()),
                    String.format(Locale.ROOT, "%.3f", run.seconds())))
            .append('\n');
      }
    }
    return text.toString();
  }

  /** Settings, environment, and per estimator its levels. */
  public ObjectNode json() {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("protocol", "staircase");
    root.put("variant", protocol.variant());
    root.put("critic", protocol.critic());
    root.put("cubic", protocol.cubic());
    root.put("dim", protocol.dim());
    root.put("batch_size", protocol.batchSize());
    root.put("steps_per_level", protocol.stepsPerLevel());
    root.put("window", protocol.window());
    root.put("learning_rate", protocol.learningRate());
    root.put("hidden", protocol.hidden());
    root.put("master_seed", masterSeed);
    ArrayNode levels = root.putArray("levels");
    protocol.levels().forEach(levels::add);
    root.set("environment", Json.environment());
    ArrayNode entries = root.putArray("estimators");
    for (StaircaseRun run : runs) {
      ObjectNode entry = entries.addObject();
      entry.put("estimator", run.label());
      entry.put("bound", run.bound());
      if (run.ceiling().isPresent()) {
        entry.put("ceiling", run.ceiling().getAsDouble());
      }
      entry.put("steps", run.stepsRun());
      entry.put("seconds", run.seconds());
      entry.put("ms_per_step", run.millisPerStep());
      if (run.diverged()) {
        entry.put("diverged_step", run.divergedStep().getAsLong());
        entry.put("divergence", run.divergence());
      }
      ArrayNode stats = entry.putArray("levels");
      for (LevelStatistics level : LevelStatistics.of(protocol, run)) {
        ObjectNode node = stats.addObject();
        node.put("true_mi", level.trueMi());
        if (level.available()) {
          node.put("bias", level.bias());
          node.put("variance", level.variance());
          node.put("mse", level.mse());
        } else {
          node.put("status", "diverged");
        }
      }
    }
    return root;
  }

  /**
   * step, true MI, then one column of per-step estimates per estimator (empty after divergence).
   */
  public String traces() {
    StringBuilder text = new StringBuilder("step,true_mi");
    runs.forEach(run -> text.append(',').append(Csv.quote(run.label())));
    text.append('\n');
    for (int s = 0; s < protocol.totalSteps(); s++) {
      text.append(s + 1).append(',').append(Csv.number(protocol.trueMiAt(s + 1)));
      for (StaircaseRun run : runs) {
        float value = run.estimates()[s];
        text.append(',').append(Float.isFinite(value) ? Float.toString(value) : "");
      }
      text.append('\n');
    }
    return text.toString();
  }
}
