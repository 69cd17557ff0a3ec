package org.mine4j.datasets.csv;

import java.util.List;
import java.util.Map;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.DatasetFactory;

/**
 * Makes the {@code csv} dataset: the rows of a user's CSV file, X columns then Y columns, sampled
 * in seeded shuffled passes; reads bmi's {@code samples.csv}. See {@link CsvSamples} for the format
 * and {@link CsvDatasetOptions} for the properties.
 */
public final class CsvDatasetFactory implements DatasetFactory {
  /** The registered name. */
  public static final String NAME = "csv";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "rows of a CSV file: dim-x X columns, then dim-y Y columns (reads bmi's samples.csv)";
  }

  @Override
  public List<OptionSpec> options() {
    return CsvDatasetOptions.SPECS;
  }

  @Override
  public Dataset create(Map<String, String> options) {
    return CsvDataset.load(CsvDatasetOptions.fromProperties(options));
  }
}
