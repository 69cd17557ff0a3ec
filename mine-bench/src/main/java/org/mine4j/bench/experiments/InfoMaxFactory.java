package org.mine4j.bench.experiments;

import java.util.List;
import java.util.Map;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.ExperimentFactory;

/** Makes the {@code infomax} experiment ({@link InfoMaxExperiment}). */
public final class InfoMaxFactory implements ExperimentFactory {
  /** The registered name. */
  public static final String NAME = "infomax";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "InfoMax toy: a linear encoder maximises I(x; E(x) + noise) on a Gaussian mixture with"
        + " mige, mine or infonce gradients; linear-probe accuracy and time per step";
  }

  @Override
  public List<OptionSpec> options() {
    return InfoMaxOptions.SPECS;
  }

  @Override
  public InfoMaxExperiment create(Map<String, String> options) {
    return new InfoMaxExperiment(InfoMaxOptions.fromProperties(options));
  }
}
