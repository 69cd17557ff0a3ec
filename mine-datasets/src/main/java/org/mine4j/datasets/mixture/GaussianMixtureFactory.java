package org.mine4j.datasets.mixture;

import java.util.List;
import java.util.Map;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.DatasetFactory;

/**
 * Makes the {@code gaussian-mixture} dataset (a mixture of Gaussians over (X, Y); MI by Monte Carlo
 * of the exact log density ratio) from a {@code preset} or the explicit {@code dim-x}, {@code
 * dim-y}, {@code weights}, {@code means}, {@code covariances}; see {@link GaussianMixtureOptions}.
 */
public final class GaussianMixtureFactory implements DatasetFactory {
  /** The registered name. */
  public static final String NAME = "gaussian-mixture";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "mixture of Gaussians over (X, Y): preset bimodal, x or ai, or explicit;"
        + " MI by Monte Carlo of the exact log density ratio";
  }

  @Override
  public List<OptionSpec> options() {
    return GaussianMixtureProperties.SPECS;
  }

  @Override
  public Dataset create(Map<String, String> options) {
    return new GaussianMixtureDataset(GaussianMixtureOptions.fromProperties(options));
  }
}
