package org.example.copula;

import java.util.List;
import org.mine4j.api.spi.DatasetFactory;
import org.mine4j.api.spi.EstimatorFactory;
import org.mine4j.api.spi.MinePlugin;

/**
 * An example third-party mine4j plugin: the estimator {@code copula-gaussian} and the dataset
 * {@code lognormal-pair}. The CLI finds it through {@code META-INF/services} once its jar is in a
 * plugin directory ({@code --plugins DIR} or {@code MINE4J_PLUGINS}).
 */
public final class CopulaPlugin implements MinePlugin {
  @Override
  public String name() {
    return "example-copula";
  }

  @Override
  public List<EstimatorFactory> estimators() {
    return List.of(new CopulaGaussianFactory());
  }

  @Override
  public List<DatasetFactory> datasets() {
    return List.of(new LogNormalPairFactory());
  }
}
