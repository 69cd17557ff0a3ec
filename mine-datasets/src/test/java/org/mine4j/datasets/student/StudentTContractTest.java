package org.mine4j.datasets.student;

import java.util.List;
import java.util.Map;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.contract.DatasetContractTest;
import org.mine4j.api.spi.DatasetFactory;

class StudentTContractTest extends DatasetContractTest {
  @Override
  protected DatasetFactory factory() {
    return new StudentTFactory();
  }

  @Override
  protected List<Map<String, String>> validOptions() {
    return List.of(
        Map.of(),
        Map.of("dim-x", "3", "dim-y", "2", "dof", "4", "correlation", "0.6"),
        Map.of("dof", "2", "y-transform", "cube"),
        Map.of("dim-x", "2", "dim-y", "3", "x-transform", "asinh,spiral", "y-transform", "wiggly"),
        Map.of("x-transform", "normal-cdf,swiss-roll"));
  }

  @Override
  protected List<InvalidOptions> invalidOptions() {
    return List.of(
        new InvalidOptions(Map.of("dof", "0"), ErrorCode.INVALID_OPTIONS, "dof"),
        new InvalidOptions(Map.of("dof", "2.5"), ErrorCode.INVALID_OPTIONS, "an integer"),
        new InvalidOptions(Map.of("correlation", "1"), ErrorCode.INVALID_OPTIONS, "correlation"),
        new InvalidOptions(
            Map.of("x-transform", "swiss-roll"),
            ErrorCode.INVALID_OPTIONS,
            "normal-cdf,swiss-roll"),
        new InvalidOptions(
            Map.of("dim-x", "2", "x-transform", "normal-cdf,swiss-roll"),
            ErrorCode.INVALID_OPTIONS,
            "dim-x = 1"),
        new InvalidOptions(
            Map.of("x-transform", "spiral"), ErrorCode.INVALID_OPTIONS, "at least 2"),
        new InvalidOptions(
            Map.of("x-transfrom", "cube"),
            ErrorCode.INVALID_OPTIONS,
            "did you mean 'x-transform'"));
  }
}
