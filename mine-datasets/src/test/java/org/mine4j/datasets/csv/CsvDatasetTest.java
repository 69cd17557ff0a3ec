package org.mine4j.datasets.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.data.Sampler;
import org.mine4j.api.data.Samples;

class CsvDatasetTest {
  @TempDir Path dir;

  /** Ten rows; X holds the row number so a sample shows which rows it took. */
  private Path tenRows() throws IOException {
    StringBuilder text = new StringBuilder("X0,Y0\n");
    for (int i = 0; i < 10; i++) {
      text.append(i).append(',').append(i * 0.5).append('\n');
    }
    Path file = dir.resolve("ten.csv");
    Files.writeString(file, text, UTF_8);
    return file;
  }

  private static List<Integer> rowNumbers(Samples samples) {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < samples.rows(); i++) {
      rows.add((int) samples.x(i, 0));
      assertThat(samples.y(i, 0)).isEqualTo(samples.x(i, 0) * 0.5f);
    }
    return rows;
  }

  @Test
  void isFiniteWithUnknownMutualInformation() throws IOException {
    Dataset dataset = new CsvDatasetFactory().create(Map.of("file", tenRows().toString()));

    assertThat(dataset.size()).hasValue(10);
    assertThat(dataset.trueMutualInformation()).isEmpty();
    assertThat(dataset.dimX()).isEqualTo(1);
    assertThat(dataset.dimY()).isEqualTo(1);
    assertThat(dataset.name()).isEqualTo("csv");
  }

  @Test
  void rowsKeepFileOrder() throws IOException {
    CsvDataset dataset = CsvDataset.load(CsvDatasetOptions.of(tenRows()));

    assertThat(rowNumbers(dataset.rows())).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void eachPassUsesEveryRowOnceAndReshuffles() throws IOException {
    Sampler sampler = CsvDataset.load(CsvDatasetOptions.of(tenRows())).sampler(3L);

    // 3 + 7 rows finish the first pass; 10 more make the second, in a new order.
    List<Integer> first = new ArrayList<>(rowNumbers(sampler.next(3)));
    first.addAll(rowNumbers(sampler.next(7)));
    List<Integer> second = rowNumbers(sampler.next(10));

    assertThat(first).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(second).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(second).isNotEqualTo(first);
    assertThat(first).isNotEqualTo(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
  }

  @Test
  void aBatchMayCrossTheEndOfAPass() throws IOException {
    Sampler sampler = CsvDataset.load(CsvDatasetOptions.of(tenRows())).sampler(5L);

    sampler.next(8);
    List<Integer> crossing = rowNumbers(sampler.next(4));

    assertThat(crossing).hasSize(4);
  }

  @Test
  void sampleLargerThanTheFileIsRejected() throws IOException {
    Dataset dataset = CsvDataset.load(CsvDatasetOptions.of(tenRows()));

    assertThatThrownBy(() -> dataset.sample(11, 1L))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("asked for 11 rows")
        .hasMessageContaining("at most 10")
        .satisfies(
            e -> assertThat(((MineException) e).code()).isEqualTo(ErrorCode.INVALID_OPTIONS));
  }

  @Test
  void optionsRoundTripThroughProperties() {
    CsvDatasetOptions options =
        new CsvDatasetOptions(Path.of("data", "x.csv"), 2, 3, HeaderMode.ABSENT);

    assertThat(options.toProperties())
        .containsExactly(
            Map.entry("file", Path.of("data", "x.csv").toString()),
            Map.entry("dim-x", "2"),
            Map.entry("dim-y", "3"),
            Map.entry("header", "false"));
    assertThat(CsvDatasetOptions.fromProperties(options.toProperties())).isEqualTo(options);
  }

  @Test
  void propertyDefaultsInferDimensionsAndDetectTheHeader() {
    assertThat(CsvDatasetOptions.fromProperties(Map.of("file", "s.csv")))
        .isEqualTo(CsvDatasetOptions.of(Path.of("s.csv")))
        .isEqualTo(new CsvDatasetOptions(Path.of("s.csv"), 0, 0, HeaderMode.AUTO));
  }

  @Test
  void badOptionsNameTheOption() {
    assertThatThrownBy(() -> CsvDatasetOptions.fromProperties(Map.of()))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("dataset 'csv'")
        .hasMessageContaining("file is required");
    assertThatThrownBy(() -> CsvDatasetOptions.fromProperties(Map.of("file", "a", "dim-x", "-1")))
        .hasMessageContaining("dim-x must be at least 1, or 0");
    assertThatThrownBy(() -> CsvDatasetOptions.fromProperties(Map.of("file", "a", "dim-y", "x")))
        .hasMessageContaining("option 'dim-y'");
    assertThatThrownBy(() -> CsvDatasetOptions.fromProperties(Map.of("file", "a", "header", "yes")))
        .hasMessageContaining("option 'header'")
        .hasMessageContaining("auto, true, false");
    assertThatThrownBy(() -> CsvDatasetOptions.fromProperties(Map.of("fiel", "a")))
        .hasMessageContaining("did you mean 'file'");
  }

  @Test
  void explicitDimensionsMustMatchTheFile() throws IOException {
    Path file = tenRows();

    assertThatThrownBy(
            () ->
                new CsvDatasetFactory()
                    .create(Map.of("file", file.toString(), "dim-x", "2", "dim-y", "1")))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("dim-x + dim-y = 2 + 1 = 3")
        .satisfies(e -> assertThat(((MineException) e).code()).isEqualTo(ErrorCode.INVALID_DATA));
  }
}
