package org.example.copula;

import java.util.List;
import java.util.Map;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;
import org.mine4j.api.spi.DatasetFactory;

/** Makes the {@code lognormal-pair} dataset ({@link LogNormalPair}); option {@code rho}. */
public final class LogNormalPairFactory implements DatasetFactory {
  static final String NAME = "lognormal-pair";

  private static final List<OptionSpec> OPTIONS =
      List.of(new OptionSpec("rho", "0.8", "correlation of the underlying normals, in (-1, 1)"));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "X = e^U, Y = e^V, (U, V) standard normal with correlation rho; exact MI"
        + " -1/2 ln(1 - rho^2) (example plugin)";
  }

  @Override
  public List<OptionSpec> options() {
    return OPTIONS;
  }

  @Override
  public Dataset create(Map<String, String> options) {
    OptionValues values = OptionValues.parse("dataset '" + NAME + "'", OPTIONS, options);
    double rho = values.doubleValue("rho");
    if (!(rho > -1 && rho < 1)) {
      throw values.invalid(new IllegalArgumentException("rho must be in (-1, 1), found " + rho));
    }
    return new LogNormalPair(rho);
  }
}
