package org.mine4j.datasets.gaussian;

import java.util.List;
import java.util.Map;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.DatasetFactory;
import org.mine4j.datasets.transform.TransformOptions;

/**
 * Makes the {@code dense-gaussian} dataset ({@link DenseGaussianDataset}, all correlations equal)
 * from {@code dim-x}, {@code dim-y}, {@code correlation} and the optional {@code x-transform} /
 * {@code y-transform} ({@link TransformOptions}).
 */
public final class DenseGaussianFactory implements DatasetFactory {
  /** The registered name. */
  public static final String NAME = "dense-gaussian";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "N(0, S) with every correlation among the dim-x + dim-y coordinates equal"
        + " (bmi multinormal-dense); exact MI from determinants";
  }

  @Override
  public List<OptionSpec> options() {
    return TransformOptions.withTransforms(DenseGaussianOptions.SPECS);
  }

  @Override
  public Dataset create(Map<String, String> options) {
    TransformOptions parsed =
        TransformOptions.parse(DenseGaussianOptions.COMPONENT, DenseGaussianOptions.SPECS, options);
    return parsed.apply(
        new DenseGaussianDataset(DenseGaussianOptions.fromProperties(parsed.baseProperties())));
  }
}
