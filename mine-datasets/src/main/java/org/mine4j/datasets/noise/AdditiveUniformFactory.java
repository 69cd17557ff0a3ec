package org.mine4j.datasets.noise;

import java.util.List;
import java.util.Map;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.DatasetFactory;

/**
 * Makes the {@code additive-uniform} dataset (X ~ U(0,1), Y = X + U(−ε, ε), d independent copies,
 * exact I = d(ε − ln 2ε) for ε ≤ ½, d/(4ε) above) from {@code epsilon} and {@code dim}; see {@link
 * AdditiveUniformOptions}.
 */
public final class AdditiveUniformFactory implements DatasetFactory {
  /** The registered name. */
  public static final String NAME = "additive-uniform";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "X ~ U(0,1), Y = X + U(-epsilon, epsilon), dim copies;"
        + " exact MI eps - ln(2 eps) (eps <= 1/2) or 1/(4 eps) per copy";
  }

  @Override
  public List<OptionSpec> options() {
    return AdditiveUniformOptions.SPECS;
  }

  @Override
  public Dataset create(Map<String, String> options) {
    return new AdditiveUniformDataset(AdditiveUniformOptions.fromProperties(options));
  }
}
