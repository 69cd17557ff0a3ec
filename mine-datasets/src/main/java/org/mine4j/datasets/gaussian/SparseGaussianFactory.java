package org.mine4j.datasets.gaussian;

import java.util.List;
import java.util.Map;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.DatasetFactory;
import org.mine4j.datasets.transform.TransformOptions;

/**
 * Makes the {@code sparse-gaussian} dataset ({@link SparseGaussianDataset}, two interacting pairs)
 * from {@code dim-x}, {@code dim-y}, {@code correlation} and the optional {@code x-transform} /
 * {@code y-transform} ({@link TransformOptions}).
 */
public final class SparseGaussianFactory implements DatasetFactory {
  /** The registered name. */
  public static final String NAME = "sparse-gaussian";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "two interacting pairs (x0, y0), (x1, y1) of correlation rho, other coordinates"
        + " independent (bmi 2-pair multinormal-sparse); exact MI -ln(1 - rho^2)";
  }

  @Override
  public List<OptionSpec> options() {
    return TransformOptions.withTransforms(SparseGaussianOptions.SPECS);
  }

  @Override
  public Dataset create(Map<String, String> options) {
    TransformOptions parsed =
        TransformOptions.parse(
            SparseGaussianOptions.COMPONENT, SparseGaussianOptions.SPECS, options);
    return parsed.apply(
        new SparseGaussianDataset(SparseGaussianOptions.fromProperties(parsed.baseProperties())));
  }
}
