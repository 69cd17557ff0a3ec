package org.mine4j.datasets.gaussian;

import java.util.List;
import java.util.Map;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.DatasetFactory;

/**
 * Makes the {@code correlated-gaussian} dataset (X ~ N(0, I_d), Y = ρX + √(1−ρ²)ε, exact I = −(d/2)
 * ln(1 − ρ²)) from the properties {@code dim}, {@code rho} or {@code mi}; see {@link
 * CorrelatedGaussianOptions}.
 */
public final class CorrelatedGaussianFactory implements DatasetFactory {
  /** The registered name. */
  public static final String NAME = "correlated-gaussian";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "X ~ N(0, I_d), Y = rho X + sqrt(1 - rho^2) noise; exact MI -(d/2) ln(1 - rho^2)";
  }

  @Override
  public List<OptionSpec> options() {
    return CorrelatedGaussianOptions.SPECS;
  }

  @Override
  public Dataset create(Map<String, String> options) {
    return new CorrelatedGaussianDataset(CorrelatedGaussianOptions.fromProperties(options));
  }
}
