package org.example.copula;

import java.util.Map;
import org.mine4j.api.contract.EstimatorContractTest;
import org.mine4j.api.spi.EstimatorFactory;

/** The estimator contract of mine-api, which every plugin's estimators keep. */
class CopulaGaussianContractTest extends EstimatorContractTest {
  @Override
  protected EstimatorFactory factory() {
    return new CopulaGaussianFactory();
  }

  @Override
  protected Map<String, String> fastOptions() {
    return Map.of();
  }

  @Override
  protected Map<String, Map<String, String>> invalidOptions() {
    return Map.of("max-rho", Map.of("max-rho", "1.5"));
  }

  // On the contract's 2,000 rows at rho = 0.8 (0.511 nats) the Fisher-z standard error of r_s is
  // 1.03 / sqrt(1997) = 0.023, about 0.04 nats of MI after the two maps; 0.12 is 3 of them.
  @Override
  protected double gaussianTolerance() {
    return 0.12;
  }

  // Independent data: r_s has standard deviation 1 / sqrt(1999) = 0.022, which is rho = 0.023
  // and an MI of 0.0003; 0.01 nats leaves room for r_s 5 standard deviations out.
  @Override
  protected double independenceTolerance() {
    return 0.01;
  }
}
