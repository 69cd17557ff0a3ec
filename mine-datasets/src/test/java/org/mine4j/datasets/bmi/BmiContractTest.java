package org.mine4j.datasets.bmi;

import java.util.List;
import java.util.Map;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.contract.DatasetContractTest;
import org.mine4j.api.spi.DatasetFactory;

class BmiContractTest extends DatasetContractTest {
  @Override
  protected DatasetFactory factory() {
    return new BmiFactory();
  }

  @Override
  protected List<Map<String, String>> validOptions() {
    return List.of(
        Map.of(),
        Map.of("task", "swissroll_x-normal_cdf-1v1-normal-0.75"),
        Map.of("task", "spiral-normal_cdf-multinormal-sparse-3-3-2-2.0"),
        Map.of("task", "asinh-student-identity-2-2-1"));
  }

  @Override
  protected List<InvalidOptions> invalidOptions() {
    return List.of(
        new InvalidOptions(
            Map.of("task", "student-identity-2-2-9"),
            ErrorCode.INVALID_OPTIONS,
            "unknown bmi task"),
        new InvalidOptions(Map.of("tsk", "x"), ErrorCode.INVALID_OPTIONS, "did you mean 'task'"));
  }
}
