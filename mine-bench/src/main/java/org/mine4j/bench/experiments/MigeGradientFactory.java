package org.mine4j.bench.experiments;

import java.util.List;
import java.util.Map;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.ExperimentFactory;

/** Makes the {@code mige-gradient} experiment ({@link MigeGradientExperiment}). */
public final class MigeGradientFactory implements ExperimentFactory {
  /** The registered name. */
  public static final String NAME = "mige-gradient";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "MIGE paper toy: dI/drho of correlated Gaussians (d = 8, 16, 32) by mige, mine and nwj"
        + " (MINE-f) against d rho / (1 - rho^2)";
  }

  @Override
  public List<OptionSpec> options() {
    return MigeGradientOptions.SPECS;
  }

  @Override
  public MigeGradientExperiment create(Map<String, String> options) {
    return new MigeGradientExperiment(MigeGradientOptions.fromProperties(options));
  }
}
