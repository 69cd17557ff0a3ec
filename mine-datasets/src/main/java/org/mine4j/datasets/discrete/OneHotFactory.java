package org.mine4j.datasets.discrete;

import java.util.List;
import java.util.Map;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.DatasetFactory;

/**
 * Makes the {@code one-hot} dataset (X uniform over d one-hot vectors, Y = X, exact I = ln d) from
 * {@code categories}; see {@link OneHotOptions}.
 */
public final class OneHotFactory implements DatasetFactory {
  /** The registered name. */
  public static final String NAME = "one-hot";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "X uniform over the d one-hot vectors of R^d, Y = X; exact MI ln d";
  }

  @Override
  public List<OptionSpec> options() {
    return OneHotOptions.SPECS;
  }

  @Override
  public Dataset create(Map<String, String> options) {
    return new OneHotDataset(OneHotOptions.fromProperties(options));
  }
}
