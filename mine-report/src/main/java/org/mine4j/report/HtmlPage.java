package org.mine4j.report;

import static java.util.Objects.requireNonNull;

import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A self-contained HTML page built in order: a title, lead text, sections, paragraphs, tables,
 * embedded PNGs and a provenance table. Inline CSS, images as base64 data URIs, no scripts and no
 * external resources, so the file can be mailed or archived alone; every piece of text is escaped.
 * Not thread-safe.
 */
public final class HtmlPage {
  private final StringBuilder body = new StringBuilder(8192);
  private final String title;

  /** A page with this title (also its first heading). */
  public HtmlPage(String title) {
    this.title = requireNonNull(title, "title is null");
    body.append("<h1>").append(escape(title)).append("</h1>\n");
  }

  /** A grey lead paragraph under the title. */
  public HtmlPage lead(String text) {
    body.append("<p class=\"lead\">").append(escape(text)).append("</p>\n");
    return this;
  }

  /** A section heading. */
  public HtmlPage section(String heading) {
    body.append("<h2>").append(escape(heading)).append("</h2>\n");
    return this;
  }

  /** A paragraph. */
  public HtmlPage paragraph(String text) {
    body.append("<p>").append(escape(text)).append("</p>\n");
    return this;
  }

  /**
   * A table; cells that parse as numbers are right-aligned.
   *
   * @throws IllegalArgumentException if a row's length differs from the header's
   */
  public HtmlPage table(List<String> header, List<List<String>> rows) {
    body.append("<table>\n<thead><tr>");
    for (String h : header) {
      body.append("<th>").append(escape(h)).append("</th>");
    }
    body.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException(
            "a row has " + row.size() + " cells for " + header.size() + " columns: " + row);
      }
      body.append("<tr>");
      for (String cell : row) {
        body.append(numeric(cell) ? "<td class=\"num\">" : "<td>")
            .append(escape(cell))
            .append("</td>");
      }
      body.append("</tr>\n");
    }
    body.append("</tbody>\n</table>\n");
    return this;
  }

  /** A PNG embedded as a data URI, with its alternative text. */
  public HtmlPage image(byte[] png, String alt) {
    requireNonNull(png, "png is null");
    body.append("<p><img alt=\"")
        .append(escape(alt))
        .append("\" src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(png))
        .append("\"></p>\n");
    return this;
  }

  /** A two-column table of where the results came from (settings, seed, versions). */
  public HtmlPage provenance(Map<String, String> entries) {
    body.append("<h2>Provenance</h2>\n<table class=\"settings\">\n");
    entries.forEach(
        (key, value) ->
            body.append("<tr><th>")
                .append(escape(key))
                .append("</th><td>")
                .append(escape(value))
                .append("</td></tr>\n"));
    body.append("</table>\n");
    return this;
  }

  /** The whole document. */
  public String render() {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
        + escape(title)
        + "</title>\n<style>\n"
        + CSS
        + "</style>\n</head>\n<body>\n"
        + body
        + "</body>\n</html>\n";
  }

  /** {@code text} with the five HTML special characters escaped. */
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

  private static boolean numeric(String cell) {
    return cell.matches("[-+−]?[0-9.,]+(e[-+]?[0-9]+)?( ?[%±].*)?");
  }

  private static final String CSS =
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
      img { max-width: 100%; height: auto; border: 1px solid #eee; }
      """;
}
