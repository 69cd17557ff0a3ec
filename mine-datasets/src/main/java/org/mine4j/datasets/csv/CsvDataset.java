package org.mine4j.datasets.csv;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.data.Sampler;
import org.mine4j.api.data.Samples;
import org.mine4j.datasets.internal.ShuffledSampler;

/**
 * A finite dataset read from a user's CSV file (format and rules in {@link CsvSamples}): the rows
 * are loaded once, in file order; a {@link #sampler(long) sampler} hands them out in a seeded
 * random order, reshuffling after each full pass, so within a pass each row is used exactly once.
 * The true mutual information is unknown.
 */
public final class CsvDataset implements Dataset {
  private final CsvDatasetOptions options;
  private final Samples rows;

  private CsvDataset(CsvDatasetOptions options, Samples rows) {
    this.options = options;
    this.rows = rows;
  }

  /**
   * Reads the file named by the options.
   *
   * @throws MineException INVALID_DATA if the file is missing or malformed (see {@link CsvSamples})
   */
  public static CsvDataset load(CsvDatasetOptions options) {
    requireNonNull(options, "options is null");
    return new CsvDataset(
        options, CsvSamples.read(options.file(), options.dimX(), options.dimY(), options.header()));
  }

  /** All rows, in file order. */
  public Samples rows() {
    return rows;
  }

  @Override
  public String name() {
    return CsvDatasetFactory.NAME;
  }

  @Override
  public Map<String, String> options() {
    return options.toProperties();
  }

  @Override
  public int dimX() {
    return rows.dimX();
  }

  @Override
  public int dimY() {
    return rows.dimY();
  }

  @Override
  public OptionalDouble trueMutualInformation() {
    return OptionalDouble.empty();
  }

  @Override
  public OptionalInt size() {
    return OptionalInt.of(rows.rows());
  }

  @Override
  public Sampler sampler(long seed) {
    return new ShuffledSampler(rows, seed);
  }

  /**
   * The first {@code n} rows of a seeded shuffle.
   *
   * @throws MineException INVALID_OPTIONS if {@code n} exceeds the number of rows
   */
  @Override
  public Samples sample(int n, long seed) {
    if (n > rows.rows()) {
      throw MineException.invalidOptions(
          "asked for "
              + n
              + " rows but "
              + options.file()
              + " has "
              + rows.rows()
              + "; use a sample size of at most "
              + rows.rows());
    }
    return sampler(seed).next(n);
  }

  @Override
  public String toString() {
    return "CsvDataset[" + options.file() + ", " + rows + "]";
  }
}
