package org.mine4j.datasets;

import java.util.List;
import org.mine4j.api.spi.DatasetFactory;
import org.mine4j.api.spi.MinePlugin;
import org.mine4j.datasets.csv.CsvDatasetFactory;
import org.mine4j.datasets.discrete.DiscreteContinuousFactory;
import org.mine4j.datasets.discrete.OneHotFactory;
import org.mine4j.datasets.gaussian.CorrelatedGaussianFactory;
import org.mine4j.datasets.mixture.GaussianMixtureFactory;
import org.mine4j.datasets.noise.AdditiveUniformFactory;
import org.mine4j.datasets.nonlinear.NonlinearFactory;

/**
 * The {@code mine-datasets} plugin, found through {@link java.util.ServiceLoader}: contributes the
 * {@code correlated-gaussian} generator (exact mutual information in closed form), the {@code csv}
 * reader for users' files, including the sample files written by the bmi benchmark, and the tasks
 * {@code additive-uniform}, {@code one-hot}, {@code discrete-continuous} (closed forms), {@code
 * nonlinear} (quadrature) and {@code gaussian-mixture} (Monte Carlo ground truth).
 */
public final class DatasetsPlugin implements MinePlugin {
  /** The plugin's name in logs and error messages. */
  public static final String NAME = "mine-datasets";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<DatasetFactory> datasets() {
    return List.of(
        new CorrelatedGaussianFactory(),
        new CsvDatasetFactory(),
        new AdditiveUniformFactory(),
        new OneHotFactory(),
        new DiscreteContinuousFactory(),
        new NonlinearFactory(),
        new GaussianMixtureFactory());
  }
}
