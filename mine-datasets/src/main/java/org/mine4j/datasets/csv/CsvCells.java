package org.mine4j.datasets.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mine4j.api.MineException;

/**
 * Cells of one CSV line and what they look like: splitting on commas outside double quotes (RFC
 * 4180: a quoted cell may hold commas, {@code ""} is a quote), spaces around cells and quotes
 * dropped; numbers in plain decimal notation; spellings of missing and non-finite values; and, for
 * messages, what a cell that is not a number resembles (thousands separators, a decimal comma).
 */
final class CsvCells {
  private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d*,\\d+");

  private CsvCells() {}

  /** Splits on commas outside quotes (keeping empty cells, also trailing ones), trimming cells. */
  static String[] split(String line, int lineNumber, String source) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      while (i < n && line.charAt(i) == ' ') {
        i++;
      }
      cell.setLength(0);
      if (i < n && line.charAt(i) == '"') {
        i++;
        boolean closed = false;
        while (i < n) {
          char ch = line.charAt(i++);
          if (ch == '"') {
            if (i < n && line.charAt(i) == '"') {
              cell.append('"');
              i++;
            } else {
              closed = true;
              break;
            }
          } else {
            cell.append(ch);
          }
        }
        if (!closed) {
          throw MineException.invalidData(
              "line "
                  + lineNumber
                  + " of "
                  + source
                  + " opens a double quote that it does not close; quoted cells must end on the"
                  + " line they start (a sample is one line)");
        }
        String quoted = cell.toString().trim();
        cell.setLength(0);
        cell.append(quoted);
      }
      int comma = line.indexOf(',', i);
      int end = comma < 0 ? n : comma;
      cell.append(line, i, end);
      cells.add(cell.toString().trim());
      if (comma < 0) {
        return cells.toArray(String[]::new);
      }
      i = comma + 1;
    }
  }

  /** Digits, sign, point and exponent only (Double.parseDouble alone also takes 1f, 0x1p3, NaN). */
  static boolean isPlainNumber(String cell) {
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

  static boolean isNonFiniteWord(String cell) {
    if (cell.isEmpty()) {
      return false;
    }
    String word = cell.charAt(0) == '+' || cell.charAt(0) == '-' ? cell.substring(1) : cell;
    return word.equalsIgnoreCase("nan")
        || word.equalsIgnoreCase("inf")
        || word.equalsIgnoreCase("infinity");
  }

  static boolean isMissingWord(String cell) {
    return cell.equalsIgnoreCase("na")
        || cell.equalsIgnoreCase("n/a")
        || cell.equalsIgnoreCase("null")
        || cell.equalsIgnoreCase("none");
  }

  /** A number, or a spelling of NaN or infinity (for header detection). */
  static boolean looksNumeric(String cell) {
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

  /** A non-empty cell that is neither a number nor a spelling of a missing value: a name. */
  static boolean isText(String cell) {
    return !cell.isEmpty() && !isMissingWord(cell) && !looksNumeric(cell);
  }

  /** What a cell that is not a number looks like, as a clause for a message, or "". */
  static String resemblance(String cell) {
    if (THOUSANDS.matcher(cell).matches()) {
      return "; it looks like a number with thousands separators (write "
          + cell.replace(",", "")
          + " without them)";
    }
    if (DECIMAL_COMMA.matcher(cell).matches()) {
      return "; it looks like a number with a decimal comma (write "
          + cell.replace(',', '.')
          + " with a decimal point)";
    }
    if (cell.indexOf(';') >= 0) {
      return "; the file looks semicolon-separated, as spreadsheets write it where the comma is"
          + " the decimal mark: save it as CSV with commas between cells and decimal points";
    }
    if (cell.indexOf('\t') >= 0) {
      return "; the file looks tab-separated: save it with commas between cells";
    }
    return "";
  }
}
