package org.mine4j.estimators.mige;

import java.util.List;
import java.util.Map;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.EstimatorFactory;

/** Makes the {@code mige} estimator ({@link MigeEstimator}) from {@link MigeOptions}. */
public final class MigeEstimatorFactory implements EstimatorFactory {
  @Override
  public String name() {
    return MigeEstimator.NAME;
  }

  @Override
  public String description() {
    return "MIGE: the gradient of I (not its value) from SSGE scores of H(X), H(Y), H(X,Y);"
        + " a gradient source for MI terms (Wen et al. 2020)";
  }

  @Override
  public List<OptionSpec> options() {
    return MigeOptions.SPECS;
  }

  @Override
  public MigeEstimator create(Map<String, String> options) {
    return new MigeEstimator(MigeOptions.fromProperties(options));
  }
}
