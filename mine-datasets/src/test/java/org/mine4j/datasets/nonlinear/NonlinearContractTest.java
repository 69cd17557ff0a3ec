package org.mine4j.datasets.nonlinear;

import java.util.List;
import java.util.Map;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.contract.DatasetContractTest;
import org.mine4j.api.spi.DatasetFactory;

class NonlinearContractTest extends DatasetContractTest {
  @Override
  protected DatasetFactory factory() {
    return new NonlinearFactory();
  }

  @Override
  protected List<Map<String, String>> validOptions() {
    return List.of(
        Map.of(),
        Map.of("function", "cube", "sigma", "0.8", "dim", "2"),
        Map.of("function", "sin", "sigma", "0.05"));
  }

  @Override
  protected List<InvalidOptions> invalidOptions() {
    return List.of(
        new InvalidOptions(Map.of("function", "tanh"), ErrorCode.INVALID_OPTIONS, "x, cube, sin"),
        new InvalidOptions(Map.of("sigma", "0"), ErrorCode.INVALID_OPTIONS, "sigma"),
        new InvalidOptions(Map.of("sigma", "0.0001"), ErrorCode.INVALID_OPTIONS, "0.001"),
        new InvalidOptions(Map.of("dim", "0"), ErrorCode.INVALID_OPTIONS, "dim"),
        new InvalidOptions(Map.of("sigm", "1"), ErrorCode.INVALID_OPTIONS, "did you mean 'sigma'"));
  }
}
