package org.mine4j.bench.sweep;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.mine4j.bench.results.AtomicFiles;
import org.mine4j.bench.results.Csv;
import org.mine4j.bench.results.Json;

/**
 * The aggregates of a sweep per estimator &times; task &times; n (sorted by those), with writers
 * for {@code summary.csv} and {@code summary.json} (both written atomically).
 *
 * @param masterSeed the sweep's master seed
 * @param aggregates one per estimator, task and n
 * @param total all runs summarised
 * @param failedRuns the failed ones among them
 */
public record SweepSummary(long masterSeed, List<Aggregate> aggregates, int total, int failedRuns) {
  /** File names under the output directory. */
  public static final String CSV = "summary.csv";

  public static final String JSON = "summary.json";

  static final String HEADER =
      "estimator,task,n,runs,failed,truth,mean,sd,ci_low,ci_high,bias,rmse,mean_log2_ratio,"
          + "log2_skipped";

  public SweepSummary {
    aggregates = List.copyOf(requireNonNull(aggregates, "aggregates is null"));
  }

  /** Aggregates the records (one per key). */
  public static SweepSummary of(long masterSeed, Collection<RunRecord> records) {
    requireNonNull(records, "records is null");
    Map<RunKey, List<RunRecord>> groups =
        new TreeMap<>(
            Comparator.comparing(RunKey::estimator)
                .thenComparing(RunKey::task)
                .thenComparingInt(RunKey::n));
    int failed = 0;
    for (RunRecord record : records) {
      RunKey key = record.key();
      groups
          .computeIfAbsent(
              new RunKey(key.estimator(), key.task(), key.n(), 0), k -> new ArrayList<>())
          .add(record);
      if (record.failed()) {
        failed++;
      }
    }
    List<Aggregate> aggregates = new ArrayList<>();
    groups.forEach((key, group) -> aggregates.add(aggregate(key, group)));
    return new SweepSummary(masterSeed, aggregates, records.size(), failed);
  }

  /** Sums in seed order, so the figures do not depend on the order runs finished in. */
  static Aggregate aggregate(RunKey key, List<RunRecord> unordered) {
    List<RunRecord> group =
        unordered.stream().sorted(Comparator.comparingInt(r -> r.key().seedIndex())).toList();
    double truth =
        group.stream()
            .filter(r -> r.truth().isPresent())
            .mapToDouble(r -> r.truth().getAsDouble())
            .findFirst()
            .orElse(Double.NaN);
    double[] estimates =
        group.stream()
            .filter(r -> !r.failed())
            .mapToDouble(r -> r.estimate().getAsDouble())
            .toArray();
    int k = estimates.length;
    int failed = group.size() - k;
    double mean = Double.NaN;
    double sd = Double.NaN;
    double rmse = Double.NaN;
    double log2 = Double.NaN;
    int skipped = 0;
    if (k > 0) {
      double sum = 0;
      double squaredErrors = 0;
      for (double e : estimates) {
        sum += e;
        squaredErrors += (e - truth) * (e - truth);
      }
      mean = sum / k;
      rmse = Math.sqrt(squaredErrors / k);
      if (k > 1) {
        double squares = 0;
        for (double e : estimates) {
          squares += (e - mean) * (e - mean);
        }
        sd = Math.sqrt(squares / (k - 1));
      }
      double logSum = 0;
      int positive = 0;
      for (double e : estimates) {
        if (truth > 0 && e > 0) {
          logSum += Math.log(e / truth) / Math.log(2);
          positive++;
        }
      }
      skipped = k - positive;
      log2 = positive == 0 ? Double.NaN : logSum / positive;
    }
    double half = k > 1 ? StudentT.quantile975(k - 1) * sd / Math.sqrt(k) : Double.NaN;
    return new Aggregate(
        key.estimator(),
        key.task(),
        key.n(),
        k,
        failed,
        truth,
        mean,
        sd,
        mean - half,
        mean + half,
        mean - truth,
        rmse,
        log2,
        skipped);
  }

  /** {@code summary.csv}: a header and one line per aggregate, NaN as an empty cell. */
  public String csv() {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (Aggregate a : aggregates) {
      text.append(Csv.quote(a.estimator()))
          .append(',')
          .append(Csv.quote(a.task()))
          .append(',')
          .append(a.n())
          .append(',')
          .append(a.runs())
          .append(',')
          .append(a.failed());
      for (double value :
          new double[] {
            a.truth(),
            a.mean(),
            a.sd(),
            a.ciLow(),
            a.ciHigh(),
            a.bias(),
            a.rmse(),
            a.meanLog2Ratio()
          }) {
        text.append(',').append(Csv.number(value));
      }
      text.append(',').append(a.log2Skipped()).append('\n');
    }
    return text.toString();
  }

  /** {@code summary.json}: the master seed, run counts, environment and the aggregates. */
  public ObjectNode json(ObjectNode environment) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("master_seed", masterSeed);
    root.put("runs", total);
    root.put("failed", failedRuns);
    ArrayNode array = root.putArray("aggregates");
    for (Aggregate a : aggregates) {
      ObjectNode node = array.addObject();
      node.put("estimator", a.estimator());
      node.put("task", a.task());
      node.put("n", a.n());
      node.put("runs", a.runs());
      node.put("failed", a.failed());
      number(node, "truth", a.truth());
      number(node, "mean", a.mean());
      number(node, "sd", a.sd());
      number(node, "ci_low", a.ciLow());
      number(node, "ci_high", a.ciHigh());
      number(node, "bias", a.bias());
      number(node, "rmse", a.rmse());
      number(node, "mean_log2_ratio", a.meanLog2Ratio());
      node.put("log2_skipped", a.log2Skipped());
    }
    root.set("environment", environment);
    return root;
  }

  /** Writes both files atomically; returns their paths. */
  public List<Path> write(Path directory, ObjectNode environment) {
    Path csv = directory.resolve(CSV);
    Path json = directory.resolve(JSON);
    AtomicFiles.write(csv, csv());
    AtomicFiles.write(json, Json.pretty(json(environment)));
    return List.of(csv, json);
  }

  /** A fixed-width table for the terminal. */
  public String table() {
    int estimatorWidth = "estimator".length();
    int taskWidth = "task".length();
    for (Aggregate a : aggregates) {
      estimatorWidth = Math.max(estimatorWidth, a.estimator().length());
      taskWidth = Math.max(taskWidth, a.task().length());
    }
    String labels = "%-" + estimatorWidth + "s %-" + taskWidth + "s ";
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            labels + "%7s %4s %4s %8s %8s %19s %8s %8s%n",
            "estimator",
            "task",
            "n",
            "runs",
            "fail",
            "truth",
            "mean",
            "95% interval",
            "rmse",
            "log2"));
    for (Aggregate a : aggregates) {
      text.append(
          String.format(
              Locale.ROOT,
              labels + "%7d %4d %4d %8.4f %8.4f [%8.4f,%8.4f] %8.4f %8.4f%n",
              a.estimator(),
              a.task(),
              a.n(),
              a.runs(),
              a.failed(),
              a.truth(),
              a.mean(),
              a.ciLow(),
              a.ciHigh(),
              a.rmse(),
              a.meanLog2Ratio()));
    }
    return text.toString();
  }

  private static void number(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }
}
