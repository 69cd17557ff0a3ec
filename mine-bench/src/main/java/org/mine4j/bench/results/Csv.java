package org.mine4j.bench.results;

/** CSV cells: numbers in Java's round-trip form, text quoted when it holds a comma or a quote. */
public final class Csv {
  private Csv() {}

  /** {@code Double.toString}: exact round trip; NaN as an empty cell. */
  public static String number(double value) {
    return Double.isNaN(value) ? "" : Double.toString(value);
  }

  /** RFC 4180 quoting where needed. */
  public static String quote(String text) {
    return text.contains(",") || text.contains("\"") || text.contains("\n")
        ? '"' + text.replace("\"", "\"\"") + '"'
        : text;
  }
}
