package org.mine4j.datasets.gaussian;

import java.util.List;
import java.util.Map;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.contract.DatasetContractTest;
import org.mine4j.api.spi.DatasetFactory;

class CorrelatedGaussianContractTest extends DatasetContractTest {
  @Override
  protected DatasetFactory factory() {
    return new CorrelatedGaussianFactory();
  }

  @Override
  protected List<Map<String, String>> validOptions() {
    return List.of(
        Map.of(),
        Map.of("rho", "0.9"),
        Map.of("dim", "3", "rho", "-0.6"),
        Map.of("dim", "5", "mi", "2"),
        Map.of("mi", "0"));
  }

  @Override
  protected List<InvalidOptions> invalidOptions() {
    return List.of(
        new InvalidOptions(Map.of("rho", "1"), ErrorCode.INVALID_OPTIONS, "rho"),
        new InvalidOptions(Map.of("rho", "-1.5"), ErrorCode.INVALID_OPTIONS, "rho"),
        new InvalidOptions(Map.of("rho", "high"), ErrorCode.INVALID_OPTIONS, "rho"),
        new InvalidOptions(Map.of("dim", "0"), ErrorCode.INVALID_OPTIONS, "dim"),
        new InvalidOptions(Map.of("mi", "-1"), ErrorCode.INVALID_OPTIONS, "mi"),
        new InvalidOptions(Map.of("rho", "0.5", "mi", "1"), ErrorCode.INVALID_OPTIONS, "not both"),
        new InvalidOptions(Map.of("rh0", "0.5"), ErrorCode.INVALID_OPTIONS, "did you mean 'rho'"),
        new InvalidOptions(Map.of("y-transform", "cubic"), ErrorCode.INVALID_OPTIONS, "'cube'"));
  }

  @Override
  protected boolean isJointlyGaussian() {
    return true;
  }
}
