package org.mine4j.estimators.nonparametric;

import java.util.List;
import java.util.Map;
import org.mine4j.api.Estimator;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;
import org.mine4j.api.spi.EstimatorFactory;

/**
 * Makes the {@code gaussian} estimator ({@link GaussianEstimator}): the MI of a Gaussian with the
 * sample covariance, from canonical correlations (Hotelling 1936). It has no options.
 */
public final class GaussianEstimatorFactory implements EstimatorFactory {
  @Override
  public String name() {
    return GaussianEstimator.NAME;
  }

  @Override
  public String description() {
    return "Gaussian plug-in: -1/2 sum ln(1 - rho_i^2) over canonical correlations; exact for"
        + " Gaussians, linear dependence only otherwise";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of();
  }

  @Override
  public Estimator create(Map<String, String> options) {
    OptionValues.parse("estimator '" + GaussianEstimator.NAME + "'", options(), options);
    return new GaussianEstimator();
  }
}
