package org.mine4j.datasets.gaussian;

import java.util.List;
import java.util.Map;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.contract.DatasetContractTest;
import org.mine4j.api.spi.DatasetFactory;

class GaussianContractTest extends DatasetContractTest {
  @Override
  protected DatasetFactory factory() {
    return new GaussianFactory();
  }

  @Override
  protected List<Map<String, String>> validOptions() {
    return List.of(
        Map.of(),
        Map.of("covariance", "2, 0.9 ; 0.9, 1"),
        Map.of("dim-x", "2", "covariance", "1,0.2,0.5;0.2,1,-0.3;0.5,-0.3,4"));
  }

  @Override
  protected List<InvalidOptions> invalidOptions() {
    return List.of(
        new InvalidOptions(
            Map.of("covariance", "1,0.5;0.4,1"), ErrorCode.INVALID_OPTIONS, "symmetric"),
        new InvalidOptions(
            Map.of("covariance", "1,2;2,1"), ErrorCode.INVALID_OPTIONS, "not positive definite"),
        new InvalidOptions(
            Map.of("covariance", "1,x;0.5,1"), ErrorCode.INVALID_OPTIONS, "not a number: 'x'"),
        new InvalidOptions(
            Map.of("dim-x", "2", "covariance", "1,0;0,1"), ErrorCode.INVALID_OPTIONS, "3 rows"),
        new InvalidOptions(
            Map.of("covariance", "1,0.5;0.5"), ErrorCode.INVALID_OPTIONS, "row 1 has 1 entries"));
  }

  @Override
  protected boolean isJointlyGaussian() {
    return true;
  }
}
