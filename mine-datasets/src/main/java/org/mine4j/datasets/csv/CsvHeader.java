package org.mine4j.datasets.csv;

import java.util.Arrays;
import java.util.Optional;
import org.mine4j.api.MineException;

/**
 * Reads the first non-blank line of a CSV source as a header row or not, by the {@link HeaderMode}
 * and, in auto mode, by rules that never drop a line that could be data: a line of names only
 * (after an empty first cell, the row-index column pandas writes) is a header; pandas' default
 * names for unnamed columns behind an index ({@code ,0,1,2}) are a header too, since an empty cell
 * is never data; a line of numbers only is data, except the bare sequence {@code 0,1,…} (pandas'
 * {@code to_csv(index=False)} of unnamed columns, or a data row): that, and a line that mixes names
 * and numbers, is an error asking for {@code header=true} or {@code header=false}.
 *
 * @param names the header's cells, or null when the line is data
 * @param indexColumn whether the first column is a row index (dropped)
 */
record CsvHeader(String[] names, boolean indexColumn) {
  static CsvHeader decide(String[] cells, HeaderMode mode, String line, int number, String source) {
    boolean emptyFirst = cells.length > 1 && cells[0].isEmpty();
    return switch (mode) {
      case PRESENT -> new CsvHeader(cells, emptyFirst);
      case ABSENT -> new CsvHeader(null, false);
      case AUTO -> auto(cells, emptyFirst, line, number, source);
    };
  }

  private static CsvHeader auto(
      String[] cells, boolean emptyFirst, String line, int number, String source) {
    int lead = emptyFirst ? 1 : 0;
    String[] rest = Arrays.copyOfRange(cells, lead, cells.length);
    Optional<String> text = Arrays.stream(rest).filter(CsvCells::isText).findFirst();
    Optional<String> numeric = Arrays.stream(rest).filter(CsvCells::looksNumeric).findFirst();
    if (text.isPresent() && numeric.isPresent()) {
      throw MineException.invalidData(
          "line "
              + number
              + " of "
              + source
              + " ("
              + abbreviate(line)
              + ") mixes names and numbers ('"
              + text.get()
              + "', '"
              + numeric.get()
              + "'), so it may be a header row or a data row with a bad cell; "
              + HeaderMode.CHOICE);
    }
    if (text.isPresent()) {
      return new CsvHeader(cells, emptyFirst);
    }
    if (isCounting(rest)) {
      if (emptyFirst) {
        // pandas' DataFrame(array).to_csv(): an index column, columns named 0, 1, 2, ...
        return new CsvHeader(cells, true);
      }
      if (rest.length > 1) {
        throw MineException.invalidData(
            "line "
                + number
                + " of "
                + source
                + " ("
                + abbreviate(line)
                + ") may be pandas' default column names (DataFrame(array).to_csv(index=False)"
                + " writes 0,1,...) or a data row; "
                + HeaderMode.CHOICE);
      }
    }
    return new CsvHeader(null, false);
  }

  /** 0, 1, 2, ... exactly (pandas' names for unnamed columns). */
  private static boolean isCounting(String[] cells) {
    for (int i = 0; i < cells.length; i++) {
      if (!cells[i].equals(Integer.toString(i))) {
        return false;
      }
    }
    return cells.length > 0;
  }

  static String abbreviate(String line) {
    return line.length() <= 60 ? line : line.substring(0, 57) + "...";
  }

  boolean present() {
    return names != null;
  }

  /**
   * The X and Y counts the names declare by bmi's convention (names starting with X, then names
   * starting with Y, as its {@code read_sample_dims} counts them), or empty if they do not follow
   * it.
   */
  Optional<int[]> declaredDimensions() {
    if (names == null) {
      return Optional.empty();
    }
    int lead = indexColumn ? 1 : 0;
    int c = lead;
    while (c < names.length && startsWith(names[c], 'X')) {
      c++;
    }
    int x = c - lead;
    while (c < names.length && startsWith(names[c], 'Y')) {
      c++;
    }
    int y = c - lead - x;
    if (x == 0 || y == 0 || c != names.length) {
      return Optional.empty();
    }
    return Optional.of(new int[] {x, y});
  }

  private static boolean startsWith(String name, char letter) {
    return !name.isEmpty() && Character.toUpperCase(name.charAt(0)) == letter;
  }

  /** The name of data column {@code column} (counted after the index column), or "". */
  String name(int column) {
    int at = column + (indexColumn ? 1 : 0);
    return names != null && at < names.length ? names[at] : "";
  }
}
