package org.mine4j.bench.results;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * Builds one self-contained HTML report page (the benchmarks' {@code report.html}): inline CSS,
 * images as base64 {@code data:} URIs, no scripts and no external resources, and every piece of
 * text HTML-escaped, so the page opens anywhere and shows the same thing offline.
 */
public final class HtmlPage {
  private final StringBuilder page = new StringBuilder(16_384);

  /** A page with this title (also its first heading) and a lead paragraph. */
  public HtmlPage(String title, String lead) {
    requireNonNull(title, "title is null");
    requireNonNull(lead, "lead is null");
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n<p class=\"lead\">")
        .append(escape(lead))
        .append("</p>\n");
  }

  /** A section heading. */
  public HtmlPage heading(String text) {
    page.append("<h2>").append(escape(text)).append("</h2>\n");
    return this;
  }

  /** A paragraph of plain text. */
  public HtmlPage paragraph(String text) {
    page.append("<p>").append(escape(text)).append("</p>\n");
    return this;
  }

  /** A two-column table of settings, then the environment block's fields. */
  public HtmlPage settings(Map<String, String> settings, ObjectNode environment) {
    page.append("<table class=\"settings\">\n");
    settings.forEach(this::settingRow);
    for (Map.Entry<String, JsonNode> field : environment.properties()) {
      JsonNode value = field.getValue();
      settingRow(field.getKey(), value.isValueNode() ? value.asText() : value.toString());
    }
    page.append("</table>\n");
    return this;
  }

  private void settingRow(String name, String value) {
    page.append("<tr><th>")
        .append(escape(name))
        .append("</th><td>")
        .append(escape(value))
        .append("</td></tr>\n");
  }

  /** An embedded PNG. */
  public HtmlPage image(byte[] png, String alt) {
    requireNonNull(png, "png is null");
    page.append("<p><img alt=\"")
        .append(escape(alt))
        .append("\" src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(png))
        .append("\"></p>\n");
    return this;
  }

  /** Raw markup the caller built from {@link #escape}d text (a table, say). */
  public HtmlPage markup(String html) {
    page.append(requireNonNull(html, "html is null"));
    return this;
  }

  /** The finished page. */
  public String html() {
    return page + "</body>\n</html>\n";
  }

  /** Four decimals; NaN (a statistic that needs more runs) as a dash. */
  public static String number(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4f", value) : "&ndash;";
  }

  /** The text with {@code & < > " '} as entities, safe in element content and attributes. */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** The pages' style sheet, inlined. */
  public static final String CSS =
      """
      body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; margin: 2em auto;
        max-width: 1100px; padding: 0 1em; color: #222; line-height: 1.4; }
      h1 { font-size: 1.7em; margin-bottom: 0.2em; }
      h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
      p.lead { color: #555; margin-top: 0; }
      table { border-collapse: collapse; font-size: 0.88em; margin: 0.5em 0; }
      th, td { border: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left;
        vertical-align: top; }
      thead th { background: #f0f0f0; }
      tbody tr:nth-child(even) { background: #fafafa; }
      table.settings th { background: #f6f6f6; font-weight: normal; color: #555; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      td.bad { color: #b00020; font-weight: bold; }
      td.reason { font-family: "DejaVu Sans Mono", monospace; font-size: 0.95em; }
      img { max-width: 100%; height: auto; border: 1px solid #eee; }
      """;
}
