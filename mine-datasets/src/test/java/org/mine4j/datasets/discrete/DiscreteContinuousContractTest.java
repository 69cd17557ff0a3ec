package org.mine4j.datasets.discrete;

import java.util.List;
import java.util.Map;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.contract.DatasetContractTest;
import org.mine4j.api.spi.DatasetFactory;

class DiscreteContinuousContractTest extends DatasetContractTest {
  @Override
  protected DatasetFactory factory() {
    return new DiscreteContinuousFactory();
  }

  @Override
  protected List<Map<String, String>> validOptions() {
    return List.of(
        Map.of(),
        Map.of("categories", "2", "width", "0.5"),
        Map.of("categories", "10", "width", "3.7"),
        Map.of("categories", "3", "width", "100"));
  }

  @Override
  protected List<InvalidOptions> invalidOptions() {
    return List.of(
        new InvalidOptions(Map.of("categories", "1"), ErrorCode.INVALID_OPTIONS, "categories"),
        new InvalidOptions(Map.of("categories", "70000"), ErrorCode.INVALID_OPTIONS, "65536"),
        new InvalidOptions(Map.of("width", "0"), ErrorCode.INVALID_OPTIONS, "width"),
        new InvalidOptions(Map.of("width", "Infinity"), ErrorCode.INVALID_OPTIONS, "width"),
        new InvalidOptions(
            Map.of("widht", "1"), ErrorCode.INVALID_OPTIONS, "did you mean 'width'"));
  }
}
