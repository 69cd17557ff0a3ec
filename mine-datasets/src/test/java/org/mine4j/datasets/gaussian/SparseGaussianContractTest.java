package org.mine4j.datasets.gaussian;

import java.util.List;
import java.util.Map;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.contract.DatasetContractTest;
import org.mine4j.api.spi.DatasetFactory;

class SparseGaussianContractTest extends DatasetContractTest {
  @Override
  protected DatasetFactory factory() {
    return new SparseGaussianFactory();
  }

  @Override
  protected List<Map<String, String>> validOptions() {
    return List.of(
        Map.of(),
        Map.of("dim-x", "5", "dim-y", "3", "correlation", "-0.5"),
        Map.of("dim-x", "25", "dim-y", "25"));
  }

  @Override
  protected List<InvalidOptions> invalidOptions() {
    return List.of(
        new InvalidOptions(Map.of("dim-x", "1"), ErrorCode.INVALID_OPTIONS, "at least 2"),
        new InvalidOptions(Map.of("correlation", "-1"), ErrorCode.INVALID_OPTIONS, "(-1, 1)"),
        new InvalidOptions(Map.of("correlation", "NaN"), ErrorCode.INVALID_OPTIONS, "NaN"),
        new InvalidOptions(
            Map.of("y-transform", "swiss-roll"), ErrorCode.INVALID_OPTIONS, "y-transform"));
  }

  @Override
  protected boolean isJointlyGaussian() {
    return true;
  }
}
