package org.example.copula;

import java.util.List;
import java.util.Map;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.contract.DatasetContractTest;
import org.mine4j.api.spi.DatasetFactory;

/** The dataset contract of mine-api, which every plugin's datasets keep. */
class LogNormalPairContractTest extends DatasetContractTest {
  @Override
  protected DatasetFactory factory() {
    return new LogNormalPairFactory();
  }

  @Override
  protected List<Map<String, String>> validOptions() {
    return List.of(Map.of(), Map.of("rho", "-0.5"), Map.of("rho", "0"));
  }

  @Override
  protected List<InvalidOptions> invalidOptions() {
    return List.of(
        new InvalidOptions(Map.of("rho", "1"), ErrorCode.INVALID_OPTIONS, "rho"),
        new InvalidOptions(Map.of("rho", "high"), ErrorCode.INVALID_OPTIONS, "rho"));
  }
}
