package org.mine4j.datasets.discrete;

import java.util.List;
import java.util.Map;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.DatasetFactory;

/**
 * Makes the {@code discrete-continuous} dataset (X uniform on {0..m−1}, Y | X ~ U(X, X + w); exact
 * I = ln m for w ≤ 1, less where the supports overlap) from {@code categories} and {@code width};
 * see {@link DiscreteContinuousOptions} and {@link DiscreteContinuousDataset}.
 */
public final class DiscreteContinuousFactory implements DatasetFactory {
  /** The registered name. */
  public static final String NAME = "discrete-continuous";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "X uniform on {0..m-1}, Y | X ~ U(X, X + w); exact MI ln m for w <= 1, piecewise above";
  }

  @Override
  public List<OptionSpec> options() {
    return DiscreteContinuousOptions.SPECS;
  }

  @Override
  public Dataset create(Map<String, String> options) {
    return new DiscreteContinuousDataset(DiscreteContinuousOptions.fromProperties(options));
  }
}
