package org.mine4j.datasets.discrete;

import java.util.List;
import java.util.Map;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.contract.DatasetContractTest;
import org.mine4j.api.spi.DatasetFactory;

class OneHotContractTest extends DatasetContractTest {
  @Override
  protected DatasetFactory factory() {
    return new OneHotFactory();
  }

  @Override
  protected List<Map<String, String>> validOptions() {
    return List.of(Map.of(), Map.of("categories", "2"), Map.of("categories", "50"));
  }

  @Override
  protected List<InvalidOptions> invalidOptions() {
    return List.of(
        new InvalidOptions(Map.of("categories", "1"), ErrorCode.INVALID_OPTIONS, "categories"),
        new InvalidOptions(Map.of("categories", "2.5"), ErrorCode.INVALID_OPTIONS, "categories"),
        new InvalidOptions(
            Map.of("categoris", "3"), ErrorCode.INVALID_OPTIONS, "did you mean 'categories'"));
  }
}
