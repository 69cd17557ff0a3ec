package org.mine4j.datasets.gaussian;

import java.util.List;
import java.util.Map;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.DatasetFactory;
import org.mine4j.datasets.transform.TransformOptions;

/**
 * Makes the {@code dense-gaussian} dataset ({@link GaussianDataset}, any covariance) from {@code
 * dim-x}, {@code dim-y}, {@code covariance} and the optional {@code x-transform} / {@code
 * y-transform} ({@link TransformOptions}).
 */
public final class GaussianFactory implements DatasetFactory {
  /** The registered name. */
  public static final String NAME = "gaussian";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "(X, Y) ~ N(0, covariance) for a given covariance matrix (rows separated by ;)"
        + "; exact MI 1/2 [ln det S_xx + ln det S_yy - ln det S]";
  }

  @Override
  public List<OptionSpec> options() {
    return TransformOptions.withTransforms(GaussianOptions.SPECS);
  }

  @Override
  public Dataset create(Map<String, String> options) {
    TransformOptions parsed =
        TransformOptions.parse(GaussianOptions.COMPONENT, GaussianOptions.SPECS, options);
    return parsed.apply(
        new GaussianDataset(GaussianOptions.fromProperties(parsed.baseProperties())));
  }
}
