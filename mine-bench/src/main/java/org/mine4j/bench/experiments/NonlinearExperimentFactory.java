package org.mine4j.bench.experiments;

import java.util.List;
import java.util.Map;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.ExperimentFactory;

/** Makes the {@code nonlinear} experiment ({@link NonlinearExperiment}). */
public final class NonlinearExperimentFactory implements ExperimentFactory {
  /** The registered name. */
  public static final String NAME = "nonlinear";

  /** The dataset it samples from. */
  static final String DATASET = "nonlinear";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "MINE paper non-linear study: mine on Y = f(X) + sigma noise, f in x, x^3, sin x,"
        + " vs the quadrature MI over a sigma grid";
  }

  @Override
  public List<OptionSpec> options() {
    return NonlinearExperimentOptions.SPECS;
  }

  @Override
  public NonlinearExperiment create(Map<String, String> options) {
    return new NonlinearExperiment(NonlinearExperimentOptions.fromProperties(options));
  }
}
