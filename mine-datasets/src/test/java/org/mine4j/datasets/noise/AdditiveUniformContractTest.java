package org.mine4j.datasets.noise;

import java.util.List;
import java.util.Map;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.contract.DatasetContractTest;
import org.mine4j.api.spi.DatasetFactory;

class AdditiveUniformContractTest extends DatasetContractTest {
  @Override
  protected DatasetFactory factory() {
    return new AdditiveUniformFactory();
  }

  @Override
  protected List<Map<String, String>> validOptions() {
    return List.of(Map.of(), Map.of("epsilon", "0.75"), Map.of("epsilon", "0.5", "dim", "4"));
  }

  @Override
  protected List<InvalidOptions> invalidOptions() {
    return List.of(
        new InvalidOptions(Map.of("epsilon", "0"), ErrorCode.INVALID_OPTIONS, "epsilon"),
        new InvalidOptions(Map.of("epsilon", "-1"), ErrorCode.INVALID_OPTIONS, "epsilon"),
        new InvalidOptions(Map.of("epsilon", "NaN"), ErrorCode.INVALID_OPTIONS, "epsilon"),
        new InvalidOptions(Map.of("epsilon", "wide"), ErrorCode.INVALID_OPTIONS, "epsilon"),
        new InvalidOptions(Map.of("dim", "0"), ErrorCode.INVALID_OPTIONS, "dim"),
        new InvalidOptions(
            Map.of("epsilom", "0.1"), ErrorCode.INVALID_OPTIONS, "did you mean 'epsilon'"));
  }
}
