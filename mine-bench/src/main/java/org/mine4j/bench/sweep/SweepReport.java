package org.mine4j.bench.sweep;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.mine4j.bench.results.AtomicFiles;
import org.mine4j.bench.results.HtmlPage;

/**
 * The report of a sweep: {@code estimate-vs-truth.png}, {@code error-by-estimator.png} and one
 * self-contained {@code report.html} (inline CSS, the plots as base64 data URIs, no scripts and no
 * external resources) with the settings, the environment, the summary table, a ranking of the
 * estimators by mean |log2(estimate/truth)| (the bmi benchmark's score, Czyż et al. 2023, as a
 * magnitude) and the failed runs with their reasons. All files are written atomically and every
 * piece of text on the page is HTML-escaped.
 *
 * <p>The ranking averages, over an estimator's (task, n) cells that have a score, the absolute
 * value of the cell's mean log2 ratio, so that every cell counts once whatever its number of
 * successful runs; it can be recomputed from {@code summary.csv}.
 */
public final class SweepReport {
  /** File names under the output directory. */
  public static final String HTML = "report.html";

  public static final String SCATTER = "estimate-vs-truth.png";
  public static final String BARS = "error-by-estimator.png";

  private final SweepSettings settings;
  private final SweepSummary summary;
  private final List<RunRecord> failures;
  private final Map<String, Double> intervals;
  private final Map<String, JsonNode> options;
  private final ObjectNode environment;

  /**
   * @param settings what the sweep ran
   * @param summary its aggregates
   * @param records all its runs (the failed ones are listed with their reasons)
   * @param environment the provenance block (mine4j, Java, OS, processors, git commit)
   */
  public SweepReport(
      SweepSettings settings,
      SweepSummary summary,
      Collection<RunRecord> records,
      ObjectNode environment) {
    this.settings = requireNonNull(settings, "settings is null");
    this.summary = requireNonNull(summary, "summary is null");
    this.failures =
        requireNonNull(records, "records is null").stream()
            .filter(RunRecord::failed)
            .sorted(
                Comparator.comparing((RunRecord r) -> r.key().estimator())
                    .thenComparing(r -> r.key().task())
                    .thenComparingInt(r -> r.key().n())
                    .thenComparingInt(r -> r.key().seedIndex()))
            .toList();
    this.environment = requireNonNull(environment, "environment is null").deepCopy();
    this.intervals = SeedJackknife.halfWidths(records);
    Map<String, JsonNode> byEstimator = new java.util.TreeMap<>();
    for (RunRecord record : records) {
      byEstimator.putIfAbsent(record.key().estimator(), record.json());
    }
    this.options = byEstimator;
  }

  /**
   * One estimator's place in the ranking.
   *
   * @param estimator the estimator label
   * @param meanAbsLog2Ratio the mean over scored cells of |mean log2 ratio| (NaN if none)
   * @param cells the (task, n) cells with a score
   * @param allCells all of its cells
   * @param meanRmse the mean RMSE over the cells that have one (NaN if none)
   * @param runs its runs, successful and failed
   * @param failed its failed runs
   */
  public record Rank(
      String estimator,
      double meanAbsLog2Ratio,
      int cells,
      int allCells,
      double meanRmse,
      int runs,
      int failed) {
    public Rank {
      requireNonNull(estimator, "estimator is null");
    }
  }

  /** The estimators, best (smallest mean |log2 ratio|) first, unscored ones last by label. */
  public List<Rank> ranking() {
    Map<String, List<Aggregate>> groups = new LinkedHashMap<>();
    for (Aggregate a : summary.aggregates()) {
      groups.computeIfAbsent(a.estimator(), k -> new ArrayList<>()).add(a);
    }
    List<Rank> ranks = new ArrayList<>();
    groups.forEach(
        (estimator, cells) -> {
          double log2 = 0;
          int scored = 0;
          double rmse = 0;
          int withRmse = 0;
          int runs = 0;
          int failed = 0;
          for (Aggregate a : cells) {
            if (Double.isFinite(a.meanLog2Ratio())) {
              log2 += Math.abs(a.meanLog2Ratio());
              scored++;
            }
            if (Double.isFinite(a.rmse())) {
              rmse += a.rmse();
              withRmse++;
            }
            runs += a.runs() + a.failed();
            failed += a.failed();
          }
          ranks.add(
              new Rank(
                  estimator,
                  scored == 0 ? Double.NaN : log2 / scored,
                  scored,
                  cells.size(),
                  withRmse == 0 ? Double.NaN : rmse / withRmse,
                  runs,
                  failed));
        });
    ranks.sort(
        Comparator.comparingInt((Rank r) -> r.cells() > 0 ? 0 : 1)
            .thenComparingDouble(r -> r.cells() > 0 ? r.meanAbsLog2Ratio() : 0)
            .thenComparing(Rank::estimator));
    return ranks;
  }

  /** Renders both plots and writes them and the page atomically; returns the three paths. */
  public List<Path> write(Path directory) {
    requireNonNull(directory, "directory is null");
    List<Rank> ranking = ranking();
    byte[] scatter = SweepPlots.estimateVsTruthPng(summary);
    byte[] bars =
        SweepPlots.png(
            SweepPlots.errorByEstimator(ranking, intervals, settings.seeds()),
            "error-by-estimator plot");
    Path scatterFile = directory.resolve(SCATTER);
    Path barsFile = directory.resolve(BARS);
    Path html = directory.resolve(HTML);
    AtomicFiles.write(scatterFile, scatter);
    AtomicFiles.write(barsFile, bars);
    AtomicFiles.write(html, html(scatter, bars));
    return List.of(scatterFile, barsFile, html);
  }

  /** The page, with the two PNGs embedded. */
  public String html(byte[] scatterPng, byte[] barsPng) {
    requireNonNull(scatterPng, "scatterPng is null");
    requireNonNull(barsPng, "barsPng is null");
    StringBuilder page = new StringBuilder(16_384);
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>mine4j sweep report</title>\n<style>\n")
        .append(HtmlPage.CSS)
        .append("</style>\n</head>\n<body>\n<h1>mine4j sweep report</h1>\n");
    page.append(
        String.format(
            Locale.ROOT,
            "<p class=\"lead\">%d runs, %d failed; %s &times; %s &times; %s &times; %s."
                + " Estimates and truths in nats.</p>\n",
            summary.total(),
            summary.failedRuns(),
            count(settings.estimators().size(), "estimator"),
            count(settings.tasks().size(), "task"),
            count(settings.sizes().size(), "sample size"),
            count(settings.seeds(), "seed")));
    settings(page);
    page.append(TrainingBudgetTable.html(options));
    ranking(page);
    page.append("<h2>Mean estimate per task</h2>\n")
        .append(image(scatterPng, "mean estimate against the true MI per estimator"))
        .append("<h2>Error by estimator</h2>\n")
        .append(image(barsPng, "mean absolute log2 ratio per estimator"));
    table(page);
    failures(page);
    page.append("</body>\n</html>\n");
    return page.toString();
  }

  private static String count(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private void settings(StringBuilder page) {
    page.append("<h2>Settings</h2>\n<table class=\"settings\">\n");
    row(page, "estimators", String.join(", ", settings.estimators()));
    row(page, "tasks", String.join(", ", settings.tasks()));
    row(
        page,
        "n",
        settings.sizes().stream().map(String::valueOf).collect(Collectors.joining(", ")));
    row(page, "seeds", String.valueOf(settings.seeds()));
    row(page, "master seed", String.valueOf(settings.masterSeed()));
    for (Map.Entry<String, JsonNode> field : environment.properties()) {
      JsonNode value = field.getValue();
      row(page, field.getKey(), value.isValueNode() ? value.asText() : value.toString());
    }
    page.append("</table>\n");
  }

  private static void row(StringBuilder page, String name, String value) {
    page.append("<tr><th>")
        .append(escape(name))
        .append("</th><td>")
        .append(escape(value))
        .append("</td></tr>\n");
  }

  private void ranking(StringBuilder page) {
    page.append("<h2>Ranking</h2>\n")
        .append(
            "<p>By the mean over (task, n) cells of |mean log2(estimate / truth)|; 0 is exact,"
                + " 1 is off by a factor of 2. Cells without a score (no positive estimate) are"
                + " left out and counted.</p>\n")
        .append("<table>\n<thead><tr><th>rank</th><th>estimator</th>")
        .append("<th>mean |log2 ratio|</th><th>95% interval over seeds</th><th>scored cells</th>")
        .append("<th>mean RMSE</th>")
        .append("<th>failed runs</th></tr></thead>\n<tbody>\n");
    int place = 0;
    for (Rank rank : ranking()) {
      page.append("<tr><td class=\"num\">")
          .append(rank.cells() > 0 ? String.valueOf(++place) : "&ndash;")
          .append("</td><td>")
          .append(escape(rank.estimator()))
          .append("</td><td class=\"num\">")
          .append(number(rank.meanAbsLog2Ratio()))
          .append("</td><td class=\"num\">")
          .append(interval(rank))
          .append("</td><td class=\"num\">")
          .append(rank.cells())
          .append(" of ")
          .append(rank.allCells())
          .append("</td><td class=\"num\">")
          .append(number(rank.meanRmse()))
          .append("</td><td class=\"num")
          .append(rank.failed() > 0 ? " bad" : "")
          .append("\">")
          .append(rank.failed())
          .append(" of ")
          .append(rank.runs())
          .append("</td></tr>\n");
    }
    page.append("</tbody>\n</table>\n");
  }

  /** The ranking score's jackknife interval over seeds, or a dash with fewer than two. */
  private String interval(Rank rank) {
    double half = intervals.getOrDefault(rank.estimator(), Double.NaN);
    if (rank.cells() == 0 || !Double.isFinite(half)) {
      return "&ndash;";
    }
    return "["
        + number(Math.max(0, rank.meanAbsLog2Ratio() - half))
        + ", "
        + number(rank.meanAbsLog2Ratio() + half)
        + "]";
  }

  private void table(StringBuilder page) {
    page.append("<h2>Summary</h2>\n")
        .append(
            "<p>Per estimator, task and n over the successful runs: the mean estimate, its 95%"
                + " Student-t interval, bias = mean &minus; truth, RMSE and the mean"
                + " log2(estimate / truth) over positive estimates.</p>\n")
        .append("<table class=\"summary\">\n<thead><tr><th>estimator</th><th>task</th>")
        .append("<th>n</th><th>runs</th><th>mean</th><th>95% interval</th><th>truth</th>")
        .append("<th>bias</th><th>RMSE</th><th>mean log2 ratio</th><th>failed</th></tr></thead>")
        .append("\n<tbody>\n");
    for (Aggregate a : summary.aggregates()) {
      page.append("<tr><td>")
          .append(escape(a.estimator()))
          .append("</td><td>")
          .append(escape(a.task()))
          .append("</td><td class=\"num\">")
          .append(a.n())
          .append("</td><td class=\"num\">")
          .append(a.runs())
          .append("</td><td class=\"num\">")
          .append(number(a.mean()))
          .append("</td><td class=\"num\">")
          .append(
              Double.isFinite(a.ciLow())
                  ? "[" + number(a.ciLow()) + ", " + number(a.ciHigh()) + "]"
                  : "&ndash;")
          .append("</td><td class=\"num\">")
          .append(number(a.truth()))
          .append("</td><td class=\"num\">")
          .append(number(a.bias()))
          .append("</td><td class=\"num\">")
          .append(number(a.rmse()))
          .append("</td><td class=\"num\">")
          .append(number(a.meanLog2Ratio()))
          .append("</td><td class=\"num")
          .append(a.failed() > 0 ? " bad" : "")
          .append("\">")
          .append(a.failed())
          .append("</td></tr>\n");
    }
    page.append("</tbody>\n</table>\n");
  }

  private void failures(StringBuilder page) {
    page.append("<h2>Failed runs</h2>\n");
    if (failures.isEmpty()) {
      page.append("<p>None.</p>\n");
      return;
    }
    page.append("<table class=\"failures\">\n<thead><tr><th>estimator</th><th>task</th>")
        .append("<th>n</th><th>seed #</th><th>code</th><th>reason</th></tr></thead>\n<tbody>\n");
    for (RunRecord record : failures) {
      page.append("<tr><td>")
          .append(escape(record.key().estimator()))
          .append("</td><td>")
          .append(escape(record.key().task()))
          .append("</td><td class=\"num\">")
          .append(record.key().n())
          .append("</td><td class=\"num\">")
          .append(record.key().seedIndex())
          .append("</td><td>")
          .append(escape(record.json().path("error_code").asText("")))
          .append("</td><td class=\"reason\">")
          .append(escape(record.json().path("error").asText("(no reason recorded)")))
          .append("</td></tr>\n");
    }
    page.append("</tbody>\n</table>\n");
  }

  private static String image(byte[] png, String alt) {
    return "<p><img alt=\""
        + escape(alt)
        + "\" src=\"data:image/png;base64,"
        + Base64.getEncoder().encodeToString(png)
        + "\"></p>\n";
  }

  private static String number(double value) {
    return HtmlPage.number(value);
  }

  static String escape(String text) {
    return HtmlPage.escape(text);
  }
}
