package org.mine4j.datasets.csv;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;

/**
 * Validated options of the {@code csv} dataset: the file, the numbers of X and Y columns and the
 * header mode. There is no {@code defaults()}: the file has no sensible default.
 *
 * <p>As properties: {@code file} (required), {@code dim-x} and {@code dim-y} (default 0: inferred
 * from an {@code X0,…,Y0,…} header, or one from the other and the column count; see {@link
 * CsvSamples}) and {@code header} ({@code auto}, {@code true} or {@code false}; default auto).
 *
 * @param file the CSV file, as given (relative paths resolve against the working directory)
 * @param dimX the number of X columns, or 0 to infer it
 * @param dimY the number of Y columns, or 0 to infer it
 * @param header whether the first line is a header row
 */
public record CsvDatasetOptions(Path file, int dimX, int dimY, HeaderMode header) {
  /** The component name used in error messages. */
  static final String COMPONENT = "dataset '" + CsvDatasetFactory.NAME + "'";

  /** The accepted properties. */
  public static final List<OptionSpec> SPECS =
      List.of(
          new OptionSpec("file", "", "path of the CSV file (required)"),
          new OptionSpec(
              "dim-x", "0", "number of X columns (the first ones); 0 infers it from the header"),
          new OptionSpec(
              "dim-y", "0", "number of Y columns (after X); 0 infers it from the header"),
          new OptionSpec(
              "header", "auto", "auto, true or false: is the first line a row of column names?"));

  public CsvDatasetOptions {
    requireNonNull(file, "file is null");
    requireNonNull(header, "header is null");
    if (file.toString().isEmpty()) {
      throw new IllegalArgumentException(
          "file is required: give the path of a CSV file, e.g. file=samples.csv");
    }
    if (dimX < 0) {
      throw new IllegalArgumentException(
          "dim-x must be at least 1, or 0 to infer it from the file, found " + dimX);
    }
    if (dimY < 0) {
      throw new IllegalArgumentException(
          "dim-y must be at least 1, or 0 to infer it from the file, found " + dimY);
    }
  }

  /** The file with inferred dimensions and header detection. */
  public static CsvDatasetOptions of(Path file) {
    return new CsvDatasetOptions(file, 0, 0, HeaderMode.AUTO);
  }

  /** A copy with {@code dimX} X columns and {@code dimY} Y columns. */
  public CsvDatasetOptions withDimensions(int dimX, int dimY) {
    return new CsvDatasetOptions(file, dimX, dimY, header);
  }

  /** A copy with header mode {@code header}. */
  public CsvDatasetOptions withHeader(HeaderMode header) {
    return new CsvDatasetOptions(file, dimX, dimY, header);
  }

  /**
   * Reads {@code file}, {@code dim-x}, {@code dim-y} and {@code header} from flat properties.
   *
   * @throws org.mine4j.api.MineException INVALID_OPTIONS for an unknown name, a missing file
   *     option, or a malformed or out-of-range value
   */
  public static CsvDatasetOptions fromProperties(Map<String, String> properties) {
    requireNonNull(properties, "properties is null");
    OptionValues values = OptionValues.parse(COMPONENT, SPECS, properties);
    int dimX = values.intValue("dim-x");
    int dimY = values.intValue("dim-y");
    HeaderMode header =
        HeaderMode.fromOptionValue(values.choice("header", HeaderMode.OPTION_VALUES));
    try {
      return new CsvDatasetOptions(Path.of(values.string("file")), dimX, dimY, header);
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }

  /** The four properties; {@link #fromProperties} reads them back. */
  public Map<String, String> toProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("file", file.toString());
    properties.put("dim-x", Integer.toString(dimX));
    properties.put("dim-y", Integer.toString(dimY));
    properties.put("header", header.optionValue());
    return Collections.unmodifiableMap(properties);
  }
}
