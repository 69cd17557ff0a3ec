package org.mine4j.datasets.student;

import java.util.List;
import java.util.Map;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.DatasetFactory;
import org.mine4j.datasets.transform.TransformOptions;

/**
 * Makes the {@code dense-gaussian} dataset ({@link StudentTDataset}, multivariate Student-t) from
 * {@code dim-x}, {@code dim-y}, {@code dof}, {@code correlation} and the optional {@code
 * x-transform} / {@code y-transform} ({@link TransformOptions}).
 */
public final class StudentTFactory implements DatasetFactory {
  /** The registered name. */
  public static final String NAME = "student-t";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "multivariate Student-t with dof degrees of freedom (bmi student-identity);"
        + " exact MI from log-determinants and digamma terms";
  }

  @Override
  public List<OptionSpec> options() {
    return TransformOptions.withTransforms(StudentTOptions.SPECS);
  }

  @Override
  public Dataset create(Map<String, String> options) {
    TransformOptions parsed =
        TransformOptions.parse(StudentTOptions.COMPONENT, StudentTOptions.SPECS, options);
    return parsed.apply(
        new StudentTDataset(StudentTOptions.fromProperties(parsed.baseProperties())));
  }
}
