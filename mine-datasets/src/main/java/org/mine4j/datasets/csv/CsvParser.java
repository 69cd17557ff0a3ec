package org.mine4j.datasets.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Samples;
import org.mine4j.datasets.internal.DoubleArrayBuilder;

/**
 * One pass over one CSV source by the rules of {@link CsvSamples}: decides the header ({@link
 * CsvHeader}), the index column and the dimensions on the first non-blank line, then parses every
 * data row into double precision. Single use.
 */
final class CsvParser {
  private static final String HEADER_HINT =
      "header row (its first cell empty if the file has a row-index column)";

  private final String source;
  private final HeaderMode headerMode;
  private int dimX;
  private int dimY;
  private final boolean dimensionsGiven;

  private CsvHeader header = new CsvHeader(null, false);
  private int headerLine;
  private int width = -1;
  private int firstLine;
  private int rows;
  private final DoubleArrayBuilder xs = new DoubleArrayBuilder(1 << 12);
  private final DoubleArrayBuilder ys = new DoubleArrayBuilder(1 << 12);

  CsvParser(String source, int dimX, int dimY, HeaderMode headerMode) {
    this.source = source;
    this.dimX = dimX;
    this.dimY = dimY;
    this.dimensionsGiven = dimX > 0 || dimY > 0;
    this.headerMode = headerMode;
  }

  Samples parse(Reader reader) throws IOException {
    CsvLines lines = new CsvLines(reader, source);
    String line;
    while ((line = lines.next()) != null) {
      int lineNumber = lines.lineNumber();
      if (line.isBlank()) {
        continue;
      }
      if (line.stripLeading().startsWith("#")) {
        throw MineException.invalidData(
            "line "
                + lineNumber
                + " of "
                + source
                + " starts with '#', a comment line, which mine4j does not skip; delete the"
                + " comment lines first (e.g. grep -v '^#' FILE > clean.csv)");
      }
      String[] cells = CsvCells.split(line, lineNumber, source);
      if (width < 0) {
        firstLine = lineNumber;
        header = CsvHeader.decide(cells, headerMode, line, lineNumber, source);
        configure(cells.length, lineNumber, line);
        if (header.present()) {
          headerLine = lineNumber;
          continue;
        }
      }
      parseRow(cells, lineNumber, line);
    }
    return finish();
  }

  /** Sets the width and resolves the dimensions from the first non-blank line. */
  private void configure(int columns, int lineNumber, String line) {
    width = columns;
    int leading = header.indexColumn() ? 1 : 0;
    int available = columns - leading;
    if (header.present() && header.names()[0].equalsIgnoreCase("seed")) {
      throw MineException.invalidData(
          source
              + " starts with a 'seed' column (line "
              + lineNumber
              + "): that is the older bmi task format holding samples of several seeds; keep"
              + " the rows of one seed and drop the seed column");
    }
    Optional<int[]> declared = header.declaredDimensions();
    if (dimX == 0 && dimY == 0) {
      int[] named =
          declared.orElseThrow(
              () ->
                  MineException.invalidData(
                      header.present()
                          ? "cannot infer dim-x and dim-y from the header of "
                              + source
                              + " (line "
                              + lineNumber
                              + ": "
                              + CsvHeader.abbreviate(String.join(",", header.names()))
                              + "): expected X columns then Y columns, such as X0,X1,Y0; give"
                              + " dim-x and dim-y"
                          : "cannot infer dim-x and dim-y: "
                              + source
                              + " has no header row naming X and Y columns; give dim-x and"
                              + " dim-y"));
      dimX = named[0];
      dimY = named[1];
    } else if (dimX == 0) {
      dimX = available - dimY;
    } else if (dimY == 0) {
      dimY = available - dimX;
    }
    if (dimX < 1 || dimY < 1 || (long) dimX + dimY != available) {
      throw MineException.invalidData(dimensionMismatch(columns, available, lineNumber, line));
    }
    if (dimensionsGiven && declared.isPresent()) {
      int[] named = declared.get();
      if (named[0] != dimX || named[1] != dimY) {
        throw MineException.invalidOptions(
            "the header of "
                + source
                + " (line "
                + lineNumber
                + ": "
                + CsvHeader.abbreviate(String.join(",", header.names()))
                + ") names "
                + named[0]
                + " X and "
                + named[1]
                + " Y columns, but dim-x "
                + dimX
                + " and dim-y "
                + dimY
                + " were given; leave the dimensions out to take them from the header, or"
                + " rename the columns");
      }
    }
  }

  private String dimensionMismatch(int columns, int available, int lineNumber, String line) {
    StringBuilder message =
        new StringBuilder(source)
            .append(" has ")
            .append(columns)
            .append(columns == 1 ? " column" : " columns")
            .append(" (line ")
            .append(lineNumber)
            .append(')');
    if (header.indexColumn()) {
      message.append(", ").append(available).append(" after its row-index column,");
    }
    message
        .append(" but dim-x + dim-y = ")
        .append(dimX)
        .append(" + ")
        .append(dimY)
        .append(" = ")
        .append((long) dimX + dimY)
        .append(" were expected; set dim-x and dim-y to the numbers of X and Y columns");
    if (columns == 1) {
      message.append(" (columns must be separated by commas)").append(CsvCells.resemblance(line));
    }
    if (!header.indexColumn() && available == (long) dimX + dimY + 1) {
      message
          .append("; if the first column is a row index (pandas to_csv with index=True), drop it")
          .append(" or start the file with a ")
          .append(HEADER_HINT);
    }
    return message.toString();
  }

  private void parseRow(String[] cells, int lineNumber, String line) {
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
              + (header.indexColumn() ? "a row index, then " : "")
              + "dim-x + dim-y = "
              + (dimX + dimY)
              + ")"
              + (cells.length > width ? thousandsHint(line) : ""));
    }
    int leading = header.indexColumn() ? 1 : 0;
    for (int c = leading; c < width; c++) {
      double value = parseCell(cells[c], lineNumber, c);
      if (c - leading < dimX) {
        xs.add(value);
      } else {
        ys.add(value);
      }
    }
    rows++;
  }

  private static String thousandsHint(String line) {
    return line.matches(".*\\d,\\d{3}([.,;]|$|\\D).*")
        ? "; if the numbers have thousands separators (1,234.5), remove them or quote the cells"
        : "";
  }

  private double parseCell(String cell, int lineNumber, int column) {
    if (cell.isEmpty() || CsvCells.isMissingWord(cell)) {
      throw MineException.invalidData(
          where(lineNumber, column)
              + (cell.isEmpty() ? " is empty" : " is '" + cell + "'")
              + ": a missing value (pandas writes NaN as an empty cell); remove or impute missing"
              + " values"
              + firstLineHint(lineNumber));
    }
    double value;
    if (CsvCells.isPlainNumber(cell)) {
      try {
        value = Double.parseDouble(cell);
      } catch (NumberFormatException e) {
        throw notANumber(cell, lineNumber, column);
      }
    } else if (CsvCells.isNonFiniteWord(cell)) {
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
    return value;
  }

  private MineException notANumber(String cell, int lineNumber, int column) {
    return MineException.invalidData(
        where(lineNumber, column)
            + " is '"
            + cell
            + "', not a number"
            + CsvCells.resemblance(cell)
            + "; the file must hold only decimal numbers, with at most one "
            + HEADER_HINT
            + " as its first line"
            + firstLineHint(lineNumber));
  }

  private String firstLineHint(int lineNumber) {
    return lineNumber == firstLine && headerMode != HeaderMode.PRESENT
        ? "; if line "
            + lineNumber
            + " is a header row, set header=true"
            + " (--header yes on the command line)"
        : "";
  }

  /** "line 7, column 2 (X1) of samples.csv". */
  private String where(int lineNumber, int column) {
    String[] names = header.names();
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
    Samples samples = Samples.ofRowMajor(xs.toArray(), ys.toArray(), rows, dimX, dimY);
    if (!header.present()) {
      return samples;
    }
    List<String> names = new ArrayList<>(samples.columnNames());
    for (int c = 0; c < names.size(); c++) {
      String name = header.name(c);
      if (!name.isEmpty()) {
        names.set(c, name);
      }
    }
    return samples.withColumnNames(names);
  }
}
