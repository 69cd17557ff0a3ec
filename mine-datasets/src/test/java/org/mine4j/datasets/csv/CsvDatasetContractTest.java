package org.mine4j.datasets.csv;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.contract.DatasetContractTest;
import org.mine4j.api.spi.DatasetFactory;

class CsvDatasetContractTest extends DatasetContractTest {
  @TempDir Path dir;

  @Override
  protected DatasetFactory factory() {
    return new CsvDatasetFactory();
  }

  private Path write(String name, String content) {
    try {
      Path file = dir.resolve(name);
      if (!Files.exists(file)) {
        Files.writeString(file, content, UTF_8);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** n rows of a deterministic pseudo-random pattern, dimX + dimY columns. */
  private static String rows(int n, int columns) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < columns; c++) {
        text.append(c == 0 ? "" : ",").append(Math.sin(i * 7.3 + c * 1.1));
      }
      text.append('\n');
    }
    return text.toString();
  }

  @Override
  protected List<Map<String, String>> validOptions() {
    Path bmi = write("bmi.csv", CsvSamplesTest.BMI_SAMPLE);
    Path indexed = write("indexed.csv", CsvSamplesTest.BMI_SAMPLE_WITH_INDEX);
    Path plain = write("plain.csv", rows(300, 5));
    return List.of(
        Map.of("file", bmi.toString()),
        Map.of("file", indexed.toString(), "dim-x", "2", "dim-y", "1"),
        Map.of("file", plain.toString(), "dim-x", "2", "dim-y", "3", "header", "false"),
        Map.of("file", plain.toString(), "dim-x", "4"));
  }

  @Override
  protected List<InvalidOptions> invalidOptions() {
    Path plain = write("plain.csv", rows(300, 5));
    return List.of(
        new InvalidOptions(Map.of(), ErrorCode.INVALID_OPTIONS, "file is required"),
        new InvalidOptions(
            Map.of("file", plain.toString(), "dim-x", "-3"), ErrorCode.INVALID_OPTIONS, "dim-x"),
        new InvalidOptions(
            Map.of("file", plain.toString(), "header", "maybe"),
            ErrorCode.INVALID_OPTIONS,
            "header"),
        new InvalidOptions(
            Map.of("file", dir.resolve("missing.csv").toString()),
            ErrorCode.INVALID_DATA,
            "not found"),
        new InvalidOptions(
            Map.of("file", plain.toString(), "dim-x", "3", "dim-y", "3"),
            ErrorCode.INVALID_DATA,
            "dim-x + dim-y = 3 + 3 = 6"));
  }
}
