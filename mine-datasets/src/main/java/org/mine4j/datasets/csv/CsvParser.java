package org.mine4j.datasets.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Samples;
import org.mine4j.datasets.internal.FloatArrayBuilder;

/**
 * One pass over one CSV source by the rules of {@link CsvSamples}: decides the header, the index
 * column and the dimensions on the first non-blank line, then parses every data row. Single use.
 */
final class CsvParser {
  private static final String HEADER_HINT =
      "header row (its first cell empty if the file has a row-index column)";

  private final String source;
  private final HeaderMode headerMode;
  private int dimX;
  private int dimY;

  private String[] names;
  private int headerLine;
  private boolean indexColumn;
  private int width = -1;
  private int firstLine;
  private int rows;
  private final FloatArrayBuilder xs = new FloatArrayBuilder(1 << 12);
  private final FloatArrayBuilder ys = new FloatArrayBuilder(1 << 12);

  CsvParser(String source, int dimX, int dimY, HeaderMode headerMode) {
    this.source = source;
    this.dimX = dimX;
    this.dimY = dimY;
    this.headerMode = headerMode;
  }

  Samples parse(BufferedReader reader) throws IOException {
    int lineNumber = 0;
    String line;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      String[] cells = split(line);
      if (width < 0) {
        firstLine = lineNumber;
        if (isHeader(cells)) {
          names = cells;
          headerLine = lineNumber;
          indexColumn = cells[0].isEmpty() && cells.length > 1;
          configure(cells.length, lineNumber);
          continue;
        }
        configure(cells.length, lineNumber);
      }
      parseRow(cells, lineNumber);
    }
    return finish();
  }

  private boolean isHeader(String[] cells) {
    return switch (headerMode) {
      case PRESENT -> true;
      case ABSENT -> false;
      case AUTO ->
          Arrays.stream(cells).anyMatch(c -> !c.isEmpty() && !isMissingWord(c) && !looksNumeric(c));
    };
  }

  /** Splits on commas (keeping empty cells, also trailing ones), trimming spaces and quotes. */
  private static String[] split(String line) {
    int count = 1;
    for (int i = line.indexOf(','); i >= 0; i = line.indexOf(',', i + 1)) {
      count++;
    }
    String[] cells = new String[count];
    int start = 0;
    for (int c = 0; c < count; c++) {
      int end = line.indexOf(',', start);
      if (end < 0) {
        end = line.length();
      }
      cells[c] = unquote(line.substring(start, end).trim());
      start = end + 1;
    }
    return cells;
  }

  private static String unquote(String cell) {
    if (cell.length() >= 2 && cell.charAt(0) == '"' && cell.charAt(cell.length() - 1) == '"') {
      return cell.substring(1, cell.length() - 1).trim();
    }
    return cell;
  }

  /** Sets the width and resolves the dimensions from the first non-blank line. */
  private void configure(int columns, int lineNumber) {
    width = columns;
    int leading = indexColumn ? 1 : 0;
    int available = columns - leading;
    if (names != null && names[0].equalsIgnoreCase("seed")) {
      throw MineException.invalidData(
          source
              + " starts with a 'seed' column (line "
              + lineNumber
              + "): that is the older bmi task format holding samples of several seeds; keep"
              + " the rows of one seed and drop the seed column");
    }
    if (dimX == 0 && dimY == 0) {
      inferFromNames(leading);
    } else if (dimX == 0) {
      dimX = available - dimY;
    } else if (dimY == 0) {
      dimY = available - dimX;
    }
    if (dimX < 1 || dimY < 1 || dimX + dimY != available) {
      throw MineException.invalidData(dimensionMismatch(columns, available, lineNumber));
    }
  }

  private String dimensionMismatch(int columns, int available, int lineNumber) {
    StringBuilder message =
        new StringBuilder(source)
            .append(" has ")
            .append(columns)
            .append(columns == 1 ? " column" : " columns")
            .append(" (line ")
            .append(lineNumber)
            .append(')');
    if (indexColumn) {
      message.append(", ").append(available).append(" after its row-index column,");
    }
    message
        .append(" but dim-x + dim-y = ")
        .append(dimX)
        .append(" + ")
        .append(dimY)
        .append(" = ")
        .append(dimX + dimY)
        .append(" were expected; set dim-x and dim-y to the numbers of X and Y columns");
    if (columns == 1) {
      message.append(" (columns must be separated by commas)");
    }
    if (!indexColumn && available == dimX + dimY + 1) {
      message
          .append("; if the first column is a row index (pandas to_csv with index=True), drop it")
          .append(" or start the file with a ")
          .append(HEADER_HINT);
    }
    return message.toString();
  }

  /** bmi's convention: X-named columns, then Y-named columns. */
  private void inferFromNames(int leading) {
    if (names == null) {
      throw MineException.invalidData(
          "cannot infer dim-x and dim-y: "
              + source
              + " has no header row naming X and Y columns; give dim-x and dim-y");
    }
    int c = leading;
    while (c < names.length && startsWith(names[c], 'X')) {
      c++;
    }
    int x = c - leading;
    while (c < names.length && startsWith(names[c], 'Y')) {
      c++;
    }
    int y = c - leading - x;
    if (x == 0 || y == 0 || c != names.length) {
      throw MineException.invalidData(
          "cannot infer dim-x and dim-y from the header of "
              + source
              + " (line "
              + headerLine
              + ": "
              + String.join(",", names)
              + "): expected X columns then Y columns, such as X0,X1,Y0; give dim-x and dim-y");
    }
    dimX = x;
    dimY = y;
  }

  private static boolean startsWith(String name, char letter) {
    return !name.isEmpty() && Character.toUpperCase(name.charAt(0)) == letter;
  }

  private void parseRow(String[] cells, int lineNumber) {
    if (cells.length != width) {
      throw MineException.invalidData(
          "line "
              + lineNumber
              + " of "
              + source
              + " has "
              + cells.length
              + " columns, expected "
              + width
              + " as on line "
              + firstLine
              + "; every row needs the same number of comma-separated values ("
              + (indexColumn ? "a row index, then " : "")
              + "dim-x + dim-y = "
              + (dimX + dimY)
              + ")");
    }
    int leading = indexColumn ? 1 : 0;
    for (int c = leading; c < width; c++) {
      float value = parseCell(cells[c], lineNumber, c);
      if (c - leading < dimX) {
        xs.add(value);
      } else {
        ys.add(value);
      }
    }
    rows++;
  }

  private float parseCell(String cell, int lineNumber, int column) {
    if (cell.isEmpty() || isMissingWord(cell)) {
      throw MineException.invalidData(
          where(lineNumber, column)
              + (cell.isEmpty() ? " is empty" : " is '" + cell + "'")
              + ": a missing value (pandas writes NaN as an empty cell); remove or impute missing"
              + " values"
              + firstLineHint(lineNumber));
    }
    double value;
    if (isPlainNumber(cell)) {
      try {
        value = Double.parseDouble(cell);
      } catch (NumberFormatException e) {
        throw notANumber(cell, lineNumber, column);
      }
    } else if (isNonFiniteWord(cell)) {
      throw MineException.invalidData(
          where(lineNumber, column)
              + " is '"
              + cell
              + "', not a finite number; remove or impute NaN and infinite values");
    } else {
      throw notANumber(cell, lineNumber, column);
    }
    if (Double.isInfinite(value)) {
      throw MineException.invalidData(
          where(lineNumber, column)
              + " is '"
              + cell
              + "', beyond the range of double precision; rescale the data");
    }
    float narrowed = (float) value;
    if (Float.isInfinite(narrowed)) {
      throw MineException.invalidData(
          where(lineNumber, column)
              + " is '"
              + cell
              + "', outside the float32 range (about ±3.4e38) that samples are stored in;"
              + " rescale the data");
    }
    return narrowed;
  }

  private MineException notANumber(String cell, int lineNumber, int column) {
    return MineException.invalidData(
        where(lineNumber, column)
            + " is '"
            + cell
            + "', not a number; the file must hold only decimal numbers, with at most one "
            + HEADER_HINT
            + " as its first line"
            + firstLineHint(lineNumber));
  }

  private String firstLineHint(int lineNumber) {
    return lineNumber == firstLine && headerMode != HeaderMode.PRESENT
        ? "; if line " + lineNumber + " is a header row, set header=true"
        : "";
  }

  /** "line 7, column 2 (X1) of samples.csv". */
  private String where(int lineNumber, int column) {
    String name =
        names != null && column < names.length && !names[column].isEmpty()
            ? " (" + names[column] + ")"
            : "";
    return "line " + lineNumber + ", column " + (column + 1) + name + " of " + source;
  }

  private Samples finish() {
    if (width < 0) {
      throw MineException.invalidData(
          source
              + " is empty (no non-blank lines); write one row per line with dim-x + dim-y"
              + " comma-separated numbers");
    }
    if (rows == 0) {
      throw MineException.invalidData(
          source + " has a header row (line " + headerLine + ") but no data rows; add data rows");
    }
    if (rows < 2) {
      throw MineException.invalidData(
          source
              + " has only 1 data row; at least 2 rows are needed to estimate mutual"
              + " information");
    }
    return Samples.ofRowMajor(xs.toArray(), ys.toArray(), rows, dimX, dimY);
  }

  /** Digits, sign, point and exponent only (Double.parseDouble alone also takes 1f, 0x1p3, NaN). */
  private static boolean isPlainNumber(String cell) {
    boolean digit = false;
    for (int i = 0; i < cell.length(); i++) {
      char ch = cell.charAt(i);
      if (ch >= '0' && ch <= '9') {
        digit = true;
      } else if (ch != '.' && ch != '+' && ch != '-' && ch != 'e' && ch != 'E') {
        return false;
      }
    }
    return digit;
  }

  private static boolean isNonFiniteWord(String cell) {
    String word = cell.charAt(0) == '+' || cell.charAt(0) == '-' ? cell.substring(1) : cell;
    return word.equalsIgnoreCase("nan")
        || word.equalsIgnoreCase("inf")
        || word.equalsIgnoreCase("infinity");
  }

  private static boolean isMissingWord(String cell) {
    return cell.equalsIgnoreCase("na")
        || cell.equalsIgnoreCase("n/a")
        || cell.equalsIgnoreCase("null")
        || cell.equalsIgnoreCase("none");
  }

  /** For header detection: a number or a spelling of NaN or infinity. */
  private static boolean looksNumeric(String cell) {
    if (isNonFiniteWord(cell)) {
      return true;
    }
    if (!isPlainNumber(cell)) {
      return false;
    }
    try {
      Double.parseDouble(cell);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
