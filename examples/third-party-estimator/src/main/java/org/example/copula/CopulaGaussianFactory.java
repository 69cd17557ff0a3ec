package org.example.copula;

import java.util.List;
import java.util.Map;
import org.mine4j.api.Estimator;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;
import org.mine4j.api.spi.EstimatorFactory;

/** Makes {@link CopulaGaussianEstimator}s; option {@code max-rho}, the largest |ρ| used. */
public final class CopulaGaussianFactory implements EstimatorFactory {
  static final String NAME = "copula-gaussian";

  private static final List<OptionSpec> OPTIONS =
      List.of(
          new OptionSpec(
              "max-rho", "0.9999", "largest |rho| used, in (0, 1): keeps the estimate finite"));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Gaussian-copula MI of 1-D X and Y from Spearman's rank correlation: -1/2 ln(1 - rho^2),"
        + " rho = 2 sin(pi r_s / 6); invariant to monotone maps (example plugin)";
  }

  @Override
  public List<OptionSpec> options() {
    return OPTIONS;
  }

  @Override
  public Estimator create(Map<String, String> options) {
    OptionValues values = OptionValues.parse("estimator '" + NAME + "'", OPTIONS, options);
    double maxRho = values.doubleValue("max-rho");
    if (!(maxRho > 0 && maxRho < 1)) {
      throw values.invalid(
          new IllegalArgumentException("max-rho must be in (0, 1), found " + maxRho));
    }
    return new CopulaGaussianEstimator(maxRho);
  }
}
