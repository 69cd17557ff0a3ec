package org.mine4j.datasets.gaussian;

import java.util.List;
import java.util.Map;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.contract.DatasetContractTest;
import org.mine4j.api.spi.DatasetFactory;

class DenseGaussianContractTest extends DatasetContractTest {
  @Override
  protected DatasetFactory factory() {
    return new DenseGaussianFactory();
  }

  @Override
  protected List<Map<String, String>> validOptions() {
    return List.of(
        Map.of(),
        Map.of("dim-x", "3", "dim-y", "2", "correlation", "0.3"),
        Map.of("dim-x", "1", "dim-y", "1", "correlation", "-0.6"));
  }

  @Override
  protected List<InvalidOptions> invalidOptions() {
    return List.of(
        new InvalidOptions(Map.of("correlation", "1"), ErrorCode.INVALID_OPTIONS, "correlation"),
        // n = 4: positive definite needs a > -1/3.
        new InvalidOptions(
            Map.of("correlation", "-0.4"), ErrorCode.INVALID_OPTIONS, "positive definite"),
        new InvalidOptions(Map.of("dim-x", "0"), ErrorCode.INVALID_OPTIONS, "dim-x"),
        new InvalidOptions(Map.of("x-transform", "cubic"), ErrorCode.INVALID_OPTIONS, "'cube'"),
        new InvalidOptions(
            Map.of("corelation", "0.5"), ErrorCode.INVALID_OPTIONS, "did you mean 'correlation'"));
  }

  @Override
  protected boolean isJointlyGaussian() {
    return true;
  }
}
