package org.mine4j.datasets.gaussian;

import java.util.List;
import java.util.Map;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.DatasetFactory;
import org.mine4j.datasets.transform.TransformOptions;

/**
 * Makes the {@code correlated-gaussian} dataset (X ~ N(0, I_d), Y = ρX + √(1−ρ²)ε, exact I = −(d/2)
 * ln(1 − ρ²)) from the properties {@code dim}, {@code rho} or {@code mi} (see {@link
 * CorrelatedGaussianOptions}) and the optional {@code x-transform} / {@code y-transform} ({@link
 * TransformOptions}; invertible maps keep the MI, e.g. {@code y-transform=cube} gives the cubic
 * staircase of Song &amp; Ermon 2020).
 */
public final class CorrelatedGaussianFactory implements DatasetFactory {
  /** The registered name. */
  public static final String NAME = "correlated-gaussian";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "X ~ N(0, I_d), Y = rho X + sqrt(1 - rho^2) noise; exact MI -(d/2) ln(1 - rho^2)";
  }

  @Override
  public List<OptionSpec> options() {
    return TransformOptions.withTransforms(CorrelatedGaussianOptions.SPECS);
  }

  @Override
  public Dataset create(Map<String, String> options) {
    TransformOptions parsed =
        TransformOptions.parse(
            CorrelatedGaussianOptions.COMPONENT, CorrelatedGaussianOptions.SPECS, options);
    return parsed.apply(
        new CorrelatedGaussianDataset(
            CorrelatedGaussianOptions.fromProperties(parsed.baseProperties())));
  }
}
