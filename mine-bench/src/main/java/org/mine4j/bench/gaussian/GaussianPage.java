package org.mine4j.bench.gaussian;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.mine4j.bench.results.HtmlPage;

/**
 * The Gaussian benchmark as one self-contained HTML page: the estimators ranked by mean absolute
 * error, the figure, the settings (with the neural training budget, which decides the ranking) and
 * the environment, and every estimate with its 95% interval.
 */
final class GaussianPage {
  private final GaussianResults results;
  private final double seconds;
  private final int threads;

  /**
   * @param results the runs
   * @param seconds the benchmark's wall time
   * @param threads the trainings run at once
   */
  GaussianPage(GaussianResults results, double seconds, int threads) {
    this.results = requireNonNull(results, "results is null");
    this.seconds = seconds;
    this.threads = threads;
  }

  String html(byte[] png, ObjectNode environment) {
    GaussianProtocol protocol = results.protocol();
    long diverged = results.runs().stream().filter(GaussianRun::diverged).count();
    HtmlPage page =
        new HtmlPage(
            "mine4j: 1-D Gaussian benchmark",
            String.format(
                Locale.ROOT,
                "%d estimators × %d correlations (%d runs, %d diverged), %s settings, %.0f s on %d"
                    + " threads. Estimates and truths in nats.",
                results.estimators().size(),
                protocol.rhos().size(),
                results.runs().size(),
                diverged,
                protocol.settings(),
                seconds,
                threads));
    page.heading("Ranking")
        .paragraph(
            "By the mean over the correlations of |estimate - true MI|, one seed per point:"
                + " differences smaller than the runs' intervals (see the figure) are noise.")
        .markup(ranking());
    page.heading("Estimates and errors").image(png, "estimates and errors against rho");
    page.heading("Settings").settings(settings(), environment);
    page.heading("Every estimate")
        .paragraph(
            "The neural estimators train on the N training rows and are evaluated on the fresh"
                + " held-out samples, never on rows they trained on; KSG and the Gaussian plug-in"
                + " compute on the N training rows. The interval is the estimator's own 95%"
                + " interval for that run.")
        .markup(estimates());
    return page.html();
  }

  private String ranking() {
    List<String> ranked =
        results.estimators().stream()
            .sorted(
                (a, b) ->
                    Double.compare(
                        results.meanAbsoluteError(a).orElse(Double.POSITIVE_INFINITY),
                        results.meanAbsoluteError(b).orElse(Double.POSITIVE_INFINITY)))
            .toList();
    StringBuilder html =
        new StringBuilder(
            "<table>\n<thead><tr><th>rank</th><th>estimator</th><th>mean |error|</th>"
                + "<th>largest |error|</th><th>diverged</th><th>median s per run</th></tr>"
                + "</thead>\n<tbody>\n");
    int place = 0;
    for (String name : ranked) {
      List<GaussianRun> runs = results.runsOf(name);
      OptionalDouble mae = results.meanAbsoluteError(name);
      double largest =
          runs.stream()
              .map(GaussianRun::absoluteError)
              .filter(OptionalDouble::isPresent)
              .mapToDouble(OptionalDouble::getAsDouble)
              .max()
              .orElse(Double.NaN);
      long diverged = results.divergedCount(name);
      html.append("<tr><td class=\"num\">")
          .append(mae.isPresent() ? String.valueOf(++place) : "&ndash;")
          .append("</td><td>")
          .append(HtmlPage.escape(name))
          .append("</td><td class=\"num\">")
          .append(HtmlPage.number(mae.orElse(Double.NaN)))
          .append("</td><td class=\"num\">")
          .append(HtmlPage.number(largest))
          .append("</td><td class=\"num")
          .append(diverged > 0 ? " bad" : "")
          .append("\">")
          .append(diverged)
          .append(" of ")
          .append(runs.size())
          .append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%.1f", medianSeconds(runs)))
          .append("</td></tr>\n");
    }
    return html.append("</tbody>\n</table>\n").toString();
  }

  private Map<String, String> settings() {
    GaussianProtocol protocol = results.protocol();
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("settings", protocol.settings());
    settings.put(
        "correlations",
        protocol.rhos().size()
            + " rho from "
            + format(protocol.rhos().get(0))
            + " to "
            + format(protocol.rhos().get(protocol.rhos().size() - 1)));
    settings.put("training rows", String.valueOf(protocol.trainRows()));
    settings.put("held-out rows", protocol.heldOutRows() + " fresh samples per estimate");
    settings.put(
        "neural training budget",
        protocol.estimatorOptions().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "))
            + " (other options: the estimator's defaults)");
    settings.put("non-neural estimators", "their defaults, on the training rows");
    settings.put("estimators", String.join(", ", results.estimators()));
    settings.put("master seed", String.valueOf(results.masterSeed()));
    settings.put("threads", String.valueOf(threads));
    return settings;
  }

  private String estimates() {
    StringBuilder html =
        new StringBuilder("<table class=\"summary\">\n<thead><tr><th>rho</th><th>true MI</th>");
    for (String name : results.estimators()) {
      html.append("<th>").append(HtmlPage.escape(name)).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    List<Double> rhos = results.protocol().rhos();
    for (int i = 0; i < rhos.size(); i++) {
      html.append("<tr><td class=\"num\">")
          .append(format(rhos.get(i)))
          .append("</td><td class=\"num\">")
          .append(HtmlPage.number(GaussianProtocol.trueMutualInformation(rhos.get(i))))
          .append("</td>");
      for (String name : results.estimators()) {
        GaussianRun run = results.run(i, name);
        html.append(run.diverged() ? "<td class=\"num bad\">" : "<td class=\"num\">")
            .append(cell(run))
            .append("</td>");
      }
      html.append("</tr>\n");
    }
    return html.append("</tbody>\n</table>\n").toString();
  }

  private static String cell(GaussianRun run) {
    if (run.diverged()) {
      return "diverged at step " + run.divergedStep().getAsLong();
    }
    String value = HtmlPage.number(run.estimate().getAsDouble());
    return Double.isFinite(run.ciLow())
        ? value + " [" + HtmlPage.number(run.ciLow()) + ", " + HtmlPage.number(run.ciHigh()) + "]"
        : value;
  }

  private static double medianSeconds(List<GaussianRun> runs) {
    double[] seconds = runs.stream().mapToDouble(GaussianRun::seconds).sorted().toArray();
    if (seconds.length == 0) {
      return Double.NaN;
    }
    int middle = seconds.length / 2;
    return seconds.length % 2 == 1 ? seconds[middle] : (seconds[middle - 1] + seconds[middle]) / 2;
  }

  private static String format(double rho) {
    return String.format(Locale.ROOT, "%.3f", rho);
  }
}
