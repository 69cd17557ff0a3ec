package org.mine4j.datasets.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Samples;

class CsvSamplesTest {
  /**
   * Byte for byte what bmi's {@code save_sample} (src/bmi/utils.py: {@code
   * pd.DataFrame(np.hstack([x, y]), columns=["X0", "X1", "Y0"]).to_csv(path, index=False)}) writes,
   * produced by running that code with pandas 3.0.6: float64 values in Python's shortest round-trip
   * notation, LF line ends.
   */
  static final String BMI_SAMPLE =
      "X0,X1,Y0\n"
          + "1e-05,-0.1321048632913019,-0.7037352358069926\n"
          + "0.6404226504432821,3.0,-1.2654214710460525\n"
          + "-0.535669373161111,0.36159505490948474,-2.5e-10\n"
          + "1.3040000451301372,0.9470809631292422,123456789.125\n";

  /** The same frame written with pandas' default {@code index=True}. */
  static final String BMI_SAMPLE_WITH_INDEX =
      ",X0,X1,Y0\n"
          + "0,1e-05,-0.1321048632913019,-0.7037352358069926\n"
          + "1,0.6404226504432821,3.0,-1.2654214710460525\n"
          + "2,-0.535669373161111,0.36159505490948474,-2.5e-10\n"
          + "3,1.3040000451301372,0.9470809631292422,123456789.125\n";

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, UTF_8);
    return file;
  }

  private static void assertBmiValues(Samples samples) {
    assertThat(samples.rows()).isEqualTo(4);
    assertThat(samples.dimX()).isEqualTo(2);
    assertThat(samples.dimY()).isEqualTo(1);
    assertThat(samples.xRowMajor())
        .containsExactly(
            (float) 1e-05,
            (float) -0.1321048632913019,
            (float) 0.6404226504432821,
            3.0f,
            (float) -0.535669373161111,
            (float) 0.36159505490948474,
            (float) 1.3040000451301372,
            (float) 0.9470809631292422);
    assertThat(samples.yRowMajor())
        .containsExactly(
            (float) -0.7037352358069926,
            (float) -1.2654214710460525,
            (float) -2.5e-10,
            (float) 123456789.125);
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertInvalidData(
      Path file, int dimX, int dimY, HeaderMode header) {
    return assertThatThrownBy(() -> CsvSamples.read(file, dimX, dimY, header))
        .isInstanceOf(MineException.class)
        .satisfies(e -> assertThat(((MineException) e).code()).isEqualTo(ErrorCode.INVALID_DATA));
  }

  // --- formats that parse

  @Test
  void readsTheBmiSampleFileExactly() throws IOException {
    Path file = write("samples.csv", BMI_SAMPLE);

    assertBmiValues(CsvSamples.read(file, 2, 1));
  }

  @Test
  void infersBmiDimensionsFromTheHeader() throws IOException {
    Path file = write("samples.csv", BMI_SAMPLE);

    assertBmiValues(CsvSamples.read(file, 0, 0));
  }

  @Test
  void dropsAPandasRowIndexColumn() throws IOException {
    Path file = write("indexed.csv", BMI_SAMPLE_WITH_INDEX);

    assertBmiValues(CsvSamples.read(file, 2, 1));
    assertBmiValues(CsvSamples.read(file, 0, 0));
  }

  @Test
  void readsAPlainNumericFileWithoutHeader() throws IOException {
    Path file = write("plain.csv", "1,2,3\n4,5,6\n-7.5,8e2,+9\n");

    Samples samples = CsvSamples.read(file, 1, 2);

    assertThat(samples.rows()).isEqualTo(3);
    assertThat(samples.xRowMajor()).containsExactly(1f, 4f, -7.5f);
    assertThat(samples.yRowMajor()).containsExactly(2f, 3f, 5f, 6f, 800f, 9f);
  }

  @Test
  void readsAPlainFileWithAnArbitraryHeader() throws IOException {
    Path file = write("named.csv", "age, \"income\" ,score\n1,2,3\n4,5,6\n");

    Samples samples = CsvSamples.read(file, 2, 1);

    assertThat(samples.rows()).isEqualTo(2);
    assertThat(samples.yRowMajor()).containsExactly(3f, 6f);
  }

  @Test
  void infersOneDimensionFromTheOther() throws IOException {
    Path file = write("plain.csv", "1,2,3\n4,5,6\n");

    assertThat(CsvSamples.read(file, 1, 0).dimY()).isEqualTo(2);
    assertThat(CsvSamples.read(file, 0, 1).dimX()).isEqualTo(2);
  }

  @Test
  void handlesCrlfBomSpacesAndBlankLines() throws IOException {
    Path file = write("windows.csv", "\uFEFFX0,Y0\r\n 1.5 , 2 \r\n\r\n3,4\r\n\r\n  \r\n");

    Samples samples = CsvSamples.read(file, 1, 1);

    assertThat(samples.rows()).isEqualTo(2);
    assertThat(samples.xRowMajor()).containsExactly(1.5f, 3f);
    assertThat(samples.yRowMajor()).containsExactly(2f, 4f);
  }

  @Test
  void headerTrueReadsANumericHeaderSuchAsPandasDefaultColumnNames() throws IOException {
    // pd.DataFrame(values).to_csv(path) with unnamed columns: header ",0,1,2" plus an index column.
    Path file = write("noname.csv", BMI_SAMPLE_WITH_INDEX.replace(",X0,X1,Y0", ",0,1,2"));

    assertBmiValues(CsvSamples.read(file, 2, 1, HeaderMode.PRESENT));
  }

  @Test
  void headerFalseTreatsTheFirstLineAsData() throws IOException {
    Path file = write("plain.csv", "1,2\n3,4\n5,6\n");

    assertThat(CsvSamples.read(file, 1, 1, HeaderMode.ABSENT).rows()).isEqualTo(3);
    // With header=true the first line holds names, even numeric ones.
    assertThat(CsvSamples.read(file, 1, 1, HeaderMode.PRESENT).rows()).isEqualTo(2);
  }

  @Test
  void readsFromAReader() {
    Samples samples = CsvSamples.read(new StringReader(BMI_SAMPLE), "stdin", 0, 0, HeaderMode.AUTO);

    assertBmiValues(samples);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void readsAMillionRowsInLinearTime() throws IOException {
    int rows = 1_000_000;
    Path file = dir.resolve("large.csv");
    try (BufferedWriter writer = Files.newBufferedWriter(file, UTF_8)) {
      writer.write("X0,Y0,Y1\n");
      for (int i = 0; i < rows; i++) {
        writer.write(i + "," + (i % 1000) * 0.5 + ",-" + (i % 7) + "\n");
      }
    }

    Samples samples = CsvSamples.read(file, 1, 2);

    assertThat(samples.rows()).isEqualTo(rows);
    assertThat(samples.x(rows - 1, 0)).isEqualTo((float) (rows - 1));
    assertThat(samples.y(rows - 1, 0)).isEqualTo(((rows - 1) % 1000) * 0.5f);
    assertThat(samples.y(rows - 1, 1)).isEqualTo(-((rows - 1) % 7));
  }

  // --- bad input: INVALID_DATA naming the problem and the fix

  @Test
  void missingFile() {
    Path file = dir.resolve("nope.csv");

    assertInvalidData(file, 1, 1, HeaderMode.AUTO)
        .hasMessageContaining("CSV file not found")
        .hasMessageContaining("nope.csv")
        .hasMessageContaining("check the path");
  }

  @Test
  void directoryInsteadOfFile() {
    assertInvalidData(dir, 1, 1, HeaderMode.AUTO).hasMessageContaining("is a directory");
  }

  @Test
  void emptyFile() throws IOException {
    assertInvalidData(write("empty.csv", ""), 1, 1, HeaderMode.AUTO)
        .hasMessageContaining("is empty");
    assertInvalidData(write("blank.csv", "\n  \r\n\n"), 1, 1, HeaderMode.AUTO)
        .hasMessageContaining("is empty");
  }

  @Test
  void headerWithoutData() throws IOException {
    assertInvalidData(write("header.csv", "X0,Y0\n\n"), 1, 1, HeaderMode.AUTO)
        .hasMessageContaining("has a header row (line 1) but no data rows");
  }

  @Test
  void fewerThanTwoRows() throws IOException {
    assertInvalidData(write("one.csv", "X0,Y0\n1,2\n"), 1, 1, HeaderMode.AUTO)
        .hasMessageContaining("only 1 data row")
        .hasMessageContaining("at least 2 rows");
  }

  @Test
  void raggedRowNamesTheLineAndBothCounts() throws IOException {
    Path file = write("ragged.csv", "X0,Y0,Y1\n1,2,3\n\n4,5\n");

    assertInvalidData(file, 1, 2, HeaderMode.AUTO)
        .hasMessageContaining("line 4")
        .hasMessageContaining("has 2 columns, expected 3");
  }

  @Test
  void trailingCommaIsARaggedRowNotASilentDrop() throws IOException {
    Path file = write("trailing.csv", "1,2\n3,4,\n");

    assertInvalidData(file, 1, 1, HeaderMode.AUTO)
        .hasMessageContaining("line 2")
        .hasMessageContaining("has 3 columns, expected 2");
  }

  @Test
  void nonNumericCellNamesLineColumnAndText() throws IOException {
    Path file = write("text.csv", "X0,Y0\n1,2\n3,abc\n");

    assertInvalidData(file, 1, 1, HeaderMode.AUTO)
        .hasMessageContaining("line 3, column 2 (Y0)")
        .hasMessageContaining("'abc', not a number");
  }

  @Test
  void javaOnlyNumberSyntaxIsNotANumber() throws IOException {
    Path file = write("java.csv", "1,2\n3,4f\n");

    assertInvalidData(file, 1, 1, HeaderMode.AUTO)
        .hasMessageContaining("line 2, column 2")
        .hasMessageContaining("'4f', not a number");
  }

  @Test
  void nanAndInfinityCellsNameLineAndColumn() throws IOException {
    // As pandas writes NaN and the infinities (index=False): an empty cell, inf and -inf.
    assertInvalidData(write("nan.csv", "X0,Y0\n1.0,\ninf,-inf\n"), 1, 1, HeaderMode.AUTO)
        .hasMessageContaining("line 2, column 2 (Y0)")
        .hasMessageContaining("is empty")
        .hasMessageContaining("missing value");
    assertInvalidData(write("inf.csv", "X0,Y0\n1.0,2\ninf,-inf\n"), 1, 1, HeaderMode.AUTO)
        .hasMessageContaining("line 3, column 1 (X0)")
        .hasMessageContaining("'inf', not a finite number");
    assertInvalidData(write("nan2.csv", "1,NaN\n2,3\n"), 1, 1, HeaderMode.AUTO)
        .hasMessageContaining("line 1, column 2")
        .hasMessageContaining("'NaN', not a finite number");
    assertInvalidData(write("na.csv", "1,2\nNA,3\n"), 1, 1, HeaderMode.AUTO)
        .hasMessageContaining("line 2, column 1")
        .hasMessageContaining("'NA': a missing value");
  }

  @Test
  void valuesBeyondFloatRangeAreKeptInDoubleAndBeyondDoubleRangeRejected() throws IOException {
    // Samples are stored in double until they are standardised: 1e300 and 1e-47, which float32
    // would turn into infinity and zero, are read exactly; only what double cannot hold is refused.
    Samples wide = CsvSamples.read(write("big.csv", "1,2\n3,1e300\n1e-47,4\n"), 1, 1);
    assertThat(wide.yValue(1, 0)).isEqualTo(1e300);
    assertThat(wide.xValue(2, 0)).isEqualTo(1e-47);
    assertInvalidData(write("huge.csv", "1,2\n3,1e999\n"), 1, 1, HeaderMode.AUTO)
        .hasMessageContaining("line 2, column 2")
        .hasMessageContaining("beyond the range of double");
  }

  @Test
  void dimensionsThatDoNotMatchTheColumnsNameBothCounts() throws IOException {
    Path file = write("samples.csv", BMI_SAMPLE);

    assertInvalidData(file, 2, 2, HeaderMode.AUTO)
        .hasMessageContaining("has 3 columns")
        .hasMessageContaining("dim-x + dim-y = 2 + 2 = 4")
        .hasMessageContaining("set dim-x and dim-y");
  }

  @Test
  void anUnmarkedIndexColumnGetsAHint() throws IOException {
    Path file = write("indexed.csv", "0,1.5,2.5\n1,3.5,4.5\n");

    assertInvalidData(file, 1, 1, HeaderMode.AUTO)
        .hasMessageContaining("dim-x + dim-y = 1 + 1 = 2")
        .hasMessageContaining("row index");
  }

  @Test
  void semicolonSeparatedFileIsExplained() throws IOException {
    Path file = write("semi.csv", "1;2\n3;4\n");

    assertInvalidData(file, 1, 1, HeaderMode.AUTO)
        .hasMessageContaining("has 1 column")
        .hasMessageContaining("separated by commas");
  }

  @Test
  void pandasDefaultIndexAndColumnNamesAreAHeaderInAutoMode() throws IOException {
    // pd.DataFrame(values).to_csv(path): ",0,1,2" has an empty cell, so it is never a data row.
    Path file = write("noname.csv", BMI_SAMPLE_WITH_INDEX.replace(",X0,X1,Y0", ",0,1,2"));

    assertBmiValues(CsvSamples.read(file, 2, 1, HeaderMode.AUTO));
  }

  @Test
  void aNumericFirstLineThatMayBeAHeaderIsNotGuessedInAutoMode() throws IOException {
    // pd.DataFrame(values).to_csv(path, index=False) writes "0,1": names, or the row (0, 1)?
    assertInvalidData(write("zero-one.csv", "0,1\n0.5,0.25\n0.75,1.5\n"), 1, 1, HeaderMode.AUTO)
        .hasMessageContaining("line 1")
        .hasMessageContaining("pandas' default column names")
        .hasMessageContaining("header=true")
        .hasMessageContaining("header=false");
  }

  @Test
  void headerFalseWithANamedHeaderSuggestsHeaderTrue() throws IOException {
    assertInvalidData(write("samples.csv", BMI_SAMPLE), 2, 1, HeaderMode.ABSENT)
        .hasMessageContaining("line 1, column 1")
        .hasMessageContaining("'X0', not a number")
        .hasMessageContaining("set header=true");
  }

  @Test
  void dimensionsCannotBeInferredWithoutNames() throws IOException {
    assertInvalidData(write("plain.csv", "1,2\n3,4\n"), 0, 0, HeaderMode.AUTO)
        .hasMessageContaining("cannot infer dim-x and dim-y")
        .hasMessageContaining("give dim-x and dim-y");
    assertInvalidData(write("named.csv", "a,b\n1,2\n3,4\n"), 0, 0, HeaderMode.AUTO)
        .hasMessageContaining("expected X columns then Y columns");
  }

  @Test
  void olderBmiSeedColumnFormatIsExplained() throws IOException {
    Path file = write("task.csv", "seed,X1,Y1\n0,1.5,2.5\n0,3.5,4.5\n1,0.5,0.5\n");

    assertInvalidData(file, 1, 1, HeaderMode.AUTO)
        .hasMessageContaining("'seed' column")
        .hasMessageContaining("older bmi task format");
  }

  @Test
  void notUtf8IsInvalidData() throws IOException {
    Path file = dir.resolve("binary.csv");
    Files.write(file, new byte[] {'1', ',', (byte) 0xff, (byte) 0xfe, '\n'});

    assertInvalidData(file, 1, 1, HeaderMode.AUTO).hasMessageContaining("not UTF-8 text");
  }

  @Test
  void negativeDimensionIsAnOptionsError() throws IOException {
    Path file = write("samples.csv", BMI_SAMPLE);

    assertThatThrownBy(() -> CsvSamples.read(file, -1, 1))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("dim-x must be at least 1")
        .satisfies(
            e -> assertThat(((MineException) e).code()).isEqualTo(ErrorCode.INVALID_OPTIONS));
  }
}
