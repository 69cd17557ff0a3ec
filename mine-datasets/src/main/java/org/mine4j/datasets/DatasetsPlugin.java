package org.mine4j.datasets;

import java.util.List;
import org.mine4j.api.spi.DatasetFactory;
import org.mine4j.api.spi.MinePlugin;
import org.mine4j.datasets.bmi.BmiFactory;
import org.mine4j.datasets.csv.CsvDatasetFactory;
import org.mine4j.datasets.discrete.DiscreteContinuousFactory;
import org.mine4j.datasets.discrete.OneHotFactory;
import org.mine4j.datasets.gaussian.CorrelatedGaussianFactory;
import org.mine4j.datasets.gaussian.DenseGaussianFactory;
import org.mine4j.datasets.gaussian.GaussianFactory;
import org.mine4j.datasets.gaussian.SparseGaussianFactory;
import org.mine4j.datasets.mixture.GaussianMixtureFactory;
import org.mine4j.datasets.mnist.MnistDatasetFactory;
import org.mine4j.datasets.noise.AdditiveUniformFactory;
import org.mine4j.datasets.nonlinear.NonlinearFactory;
import org.mine4j.datasets.student.StudentTFactory;

/**
 * The {@code mine-datasets} plugin, found through {@link java.util.ServiceLoader}: contributes the
 * generators with exact mutual information (the Gaussians {@code correlated-gaussian}, {@code
 * gaussian}, {@code dense-gaussian}, {@code sparse-gaussian}; {@code student-t}; {@code
 * additive-uniform}, {@code one-hot}, {@code discrete-continuous} in closed form; {@code nonlinear}
 * by quadrature; {@code gaussian-mixture} by Monte Carlo; and {@code bmi}, the tasks of Czyż et al.
 * 2023 by name), the {@code csv} reader for users' files, including the sample files written by the
 * bmi benchmark, and the real image sets {@code mnist} and {@code fashion-mnist}.
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
        new GaussianFactory(),
        new DenseGaussianFactory(),
        new SparseGaussianFactory(),
        new StudentTFactory(),
        new AdditiveUniformFactory(),
        new OneHotFactory(),
        new DiscreteContinuousFactory(),
        new NonlinearFactory(),
        new GaussianMixtureFactory(),
        new BmiFactory(),
        new CsvDatasetFactory(),
        MnistDatasetFactory.mnist(),
        MnistDatasetFactory.fashionMnist());
  }
}
