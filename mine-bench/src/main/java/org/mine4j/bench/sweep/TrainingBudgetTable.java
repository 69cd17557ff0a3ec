package org.mine4j.bench.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mine4j.bench.results.HtmlPage;

/**
 * The report's table of what each estimator ran with, read from its runs' records: the training
 * budget of the neural ones (steps, batch size, learning rate, critic and its hidden layers, which
 * decide a ranking as much as the bound does; "default" where the estimator's own default applied)
 * and every other option.
 */
final class TrainingBudgetTable {
  private static final List<String> BUDGET =
      List.of("steps", "batch-size", "learning-rate", "critic", "hidden");

  private TrainingBudgetTable() {}

  /**
   * @param records one run record per estimator label, in the order to list them
   */
  static String html(Map<String, JsonNode> records) {
    StringBuilder page = new StringBuilder();
    page.append("<h2>Training budget and options</h2>\n")
        .append("<table>\n<thead><tr><th>estimator</th><th>steps</th><th>batch size</th>")
        .append("<th>learning rate</th><th>critic</th><th>hidden</th><th>other options</th>")
        .append("</tr></thead>\n<tbody>\n");
    records.forEach(
        (estimator, json) -> {
          JsonNode given = json.path("estimator_options");
          boolean neural = json.path("neural").asBoolean(false);
          page.append("<tr><td>").append(HtmlPage.escape(estimator)).append("</td>");
          for (String name : BUDGET) {
            page.append("<td class=\"num\">")
                .append(neural ? HtmlPage.escape(given.path(name).asText("default")) : "&ndash;")
                .append("</td>");
          }
          List<String> others = new ArrayList<>();
          for (Map.Entry<String, JsonNode> option : given.properties()) {
            if (!neural || !BUDGET.contains(option.getKey())) {
              others.add(option.getKey() + "=" + option.getValue().asText());
            }
          }
          String text =
              others.isEmpty() ? (neural ? "" : "no training") : String.join(", ", others);
          page.append("<td class=\"reason\">").append(HtmlPage.escape(text)).append("</td></tr>\n");
        });
    return page.append("</tbody>\n</table>\n").toString();
  }
}
