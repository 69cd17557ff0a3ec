package org.mine4j.datasets.mixture;

import java.util.List;
import java.util.Map;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.contract.DatasetContractTest;
import org.mine4j.api.spi.DatasetFactory;

class GaussianMixtureContractTest extends DatasetContractTest {
  @Override
  protected DatasetFactory factory() {
    return new GaussianMixtureFactory();
  }

  @Override
  protected List<Map<String, String>> validOptions() {
    return List.of(
        Map.of(),
        Map.of("preset", "x"),
        Map.of("preset", "ai"),
        Map.of(
            "dim-x", "2",
            "weights", "0.3,0.7",
            "means", "0,0,1;1,-1,0",
            "covariances", "1,0,0.5,0,1,0,0.5,0,1;2,0,0,0,1,0,0,0,1"));
  }

  @Override
  protected List<InvalidOptions> invalidOptions() {
    return List.of(
        new InvalidOptions(Map.of("preset", "y"), ErrorCode.INVALID_OPTIONS, "bimodal, x, ai"),
        new InvalidOptions(
            Map.of("preset", "x", "weights", "1", "means", "0,0", "covariances", "1,0,0,1"),
            ErrorCode.INVALID_OPTIONS,
            "not both"),
        new InvalidOptions(
            Map.of("weights", "0.5,0.6", "means", "0,0;1,1", "covariances", "1,0,0,1;1,0,0,1"),
            ErrorCode.INVALID_OPTIONS,
            "weights must sum to 1"),
        new InvalidOptions(
            Map.of("weights", "1", "means", "0,0", "covariances", "1,2,2,1"),
            ErrorCode.INVALID_OPTIONS,
            "positive definite"),
        new InvalidOptions(
            Map.of("weights", "1", "means", "0,0,0", "covariances", "1,0,0,1"),
            ErrorCode.INVALID_OPTIONS,
            "covariance"),
        new InvalidOptions(
            Map.of("weights", "1", "means", "0,zero", "covariances", "1,0,0,1"),
            ErrorCode.INVALID_OPTIONS,
            "means must be numbers"),
        new InvalidOptions(
            Map.of("weights", "1", "means", "0,0"), ErrorCode.INVALID_OPTIONS, "covariances"),
        new InvalidOptions(Map.of("presett", "x"), ErrorCode.INVALID_OPTIONS, "did you mean"));
  }
}
