package org.mine4j.bench.fakes;

import java.util.List;
import org.mine4j.api.spi.DatasetFactory;
import org.mine4j.api.spi.EstimatorFactory;
import org.mine4j.api.spi.MinePlugin;

/**
 * A test plugin registered in the test class path's {@code META-INF/services}: fast estimators and
 * a dataset whose names start with {@code fake-} so that they never collide with the real plugins'.
 */
public final class FakePlugin implements MinePlugin {
  @Override
  public String name() {
    return "mine-bench-test-fakes";
  }

  @Override
  public List<EstimatorFactory> estimators() {
    return List.of(
        FakeEstimatorFactory.constant(),
        FakeEstimatorFactory.correlation(),
        FakeEstimatorFactory.dimensionRatio(),
        FakeEstimatorFactory.diverging(),
        FakeEstimatorFactory.noisy(),
        FakeEstimatorFactory.slow(),
        FakeEstimatorFactory.broken());
  }

  @Override
  public List<DatasetFactory> datasets() {
    return List.of(new FakeGaussianFactory());
  }
}
