package org.mine4j.datasets.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Samples;

/**
 * Properties of the CSV reader over generated tables: any well-formed numeric table reads back
 * exactly (in double precision, whatever the line ends, spacing, quoting and header), no data row
 * is ever dropped as a header, and any single corrupted cell is reported at its line and column.
 */
class CsvParserProperties {
  /** A table of finite doubles: rows x (dimX + dimY). */
  record Table(int dimX, int dimY, double[][] values) {
    int rows() {
      return values.length;
    }
  }

  @Provide
  Arbitrary<Table> tables() {
    Arbitrary<Double> value =
        Arbitraries.oneOf(
            Arbitraries.doubles().between(-1e6, 1e6).ofScale(6),
            // Any finite double at all, subnormals and the extremes included.
            Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite),
            Arbitraries.of(0.0, -0.0, 1.7e9 + 0.25, 1e-47, Double.MIN_VALUE, Double.MAX_VALUE));
    return Combinators.combine(
            Arbitraries.integers().between(1, 3),
            Arbitraries.integers().between(1, 3),
            Arbitraries.integers().between(2, 30))
        .flatAs(
            (dx, dy, rows) ->
                value
                    .array(double[].class)
                    .ofSize(dx + dy)
                    .array(double[][].class)
                    .ofSize(rows)
                    .map(values -> new Table(dx, dy, values)));
  }

  private static String write(Table table, boolean header, String lineEnd, boolean decorate) {
    StringBuilder csv = new StringBuilder();
    int width = table.dimX() + table.dimY();
    if (header) {
      for (int c = 0; c < width; c++) {
        csv.append(c == 0 ? "" : ",").append(c < table.dimX() ? "X" + c : "Y" + (c - table.dimX()));
      }
      csv.append(lineEnd);
    }
    for (double[] row : table.values()) {
      for (int c = 0; c < width; c++) {
        String cell = Double.toString(row[c]);
        csv.append(c == 0 ? "" : ",").append(decorate && c % 2 == 1 ? " \"" + cell + "\" " : cell);
      }
      csv.append(lineEnd);
    }
    return csv.toString();
  }

  private static Samples read(String csv, int dimX, int dimY, HeaderMode mode) {
    return CsvSamples.read(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "table", dimX, dimY, mode);
  }

  @Property(tries = 300)
  void wellFormedTablesRoundTripExactly(
      @ForAll("tables") Table table,
      @ForAll boolean header,
      @ForAll boolean decorate,
      @ForAll("lineEnds") String lineEnd) {
    String csv = write(table, header, lineEnd, decorate);
    // Without a header the dimensions must be given; with one they are read from it.
    Samples samples =
        header
            ? read(csv, 0, 0, HeaderMode.AUTO)
            : read(csv, table.dimX(), table.dimY(), HeaderMode.ABSENT);

    assertThat(samples.rows()).isEqualTo(table.rows());
    assertThat(samples.dimX()).isEqualTo(table.dimX());
    assertThat(samples.dimY()).isEqualTo(table.dimY());
    for (int i = 0; i < table.rows(); i++) {
      for (int c = 0; c < table.dimX(); c++) {
        assertThat(samples.xValue(i, c)).isEqualTo(table.values()[i][c]);
      }
      for (int c = 0; c < table.dimY(); c++) {
        assertThat(samples.yValue(i, c)).isEqualTo(table.values()[i][table.dimX() + c]);
      }
    }
  }

  @Provide
  Arbitrary<String> lineEnds() {
    return Arbitraries.of("\n", "\r\n", "\r");
  }

  @Property(tries = 300)
  void autoModeNeverDropsADataRow(@ForAll("tables") Table table) {
    String csv = write(table, false, "\n", false);
    double[] first = table.values()[0];
    boolean counting = first.length > 1;
    for (int c = 0; c < first.length && counting; c++) {
      counting = Double.toString(first[c]).equals(Integer.toString(c));
    }
    // Double.toString never writes "0" or "1", so the first row is never pandas' 0,1,...
    assertThat(counting).isFalse();

    Samples samples = read(csv, table.dimX(), table.dimY(), HeaderMode.AUTO);

    assertThat(samples.rows()).isEqualTo(table.rows());
  }

  @Property(tries = 300)
  void anySingleCorruptedCellIsReportedAtItsLineAndColumn(
      @ForAll("tables") Table table,
      @ForAll @IntRange(min = 0, max = 1000) int rowSeed,
      @ForAll @IntRange(min = 0, max = 1000) int columnSeed,
      @ForAll("corruptions") String corruption) {
    int width = table.dimX() + table.dimY();
    int row = rowSeed % table.rows();
    int column = columnSeed % width;
    List<String> lines =
        new java.util.ArrayList<>(List.of(write(table, true, "\n", false).split("\n")));
    String[] cells = lines.get(row + 1).split(",", -1);
    cells[column] = corruption;
    lines.set(row + 1, String.join(",", cells));
    String csv = String.join("\n", lines) + "\n";

    assertThatThrownBy(() -> read(csv, 0, 0, HeaderMode.AUTO))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("line " + (row + 2) + ", column " + (column + 1));
  }

  @Provide
  Arbitrary<String> corruptions() {
    return Arbitraries.oneOf(
        Arbitraries.of("", "NaN", "nan", "inf", "-Infinity", "NA", "null", "1f", "0x1p3", "1e999"),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6),
        Arbitraries.of("\"1,5\"", "\"5,125.73\"", "1..2", "--1", "1e", "."));
  }
}
