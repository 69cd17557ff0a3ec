package org.mine4j.datasets.nonlinear;

import java.util.List;
import java.util.Map;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.DatasetFactory;

/**
 * Makes the {@code nonlinear} dataset (Y = f(X) + σε, X ~ U(−1,1)^d, f ∈ {x, x³, sin x}; exact MI
 * by quadrature) from {@code function}, {@code sigma} and {@code dim}; see {@link
 * NonlinearOptions}.
 */
public final class NonlinearFactory implements DatasetFactory {
  /** The registered name. */
  public static final String NAME = "nonlinear";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Y = f(X) + sigma noise, X ~ U(-1,1)^d, f in {x, cube, sin}; exact MI by quadrature";
  }

  @Override
  public List<OptionSpec> options() {
    return NonlinearOptions.SPECS;
  }

  @Override
  public Dataset create(Map<String, String> options) {
    return new NonlinearDataset(NonlinearOptions.fromProperties(options));
  }
}
