package org.mine4j.bench.experiments;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.mine4j.api.experiment.Experiment;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.bench.plugins.Components;

/** Makes the {@code nonlinear} experiment ({@link NonlinearExperiment}). */
public final class NonlinearExperimentFactory extends BenchExperimentFactory {
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
  public Experiment create(
      Map<String, String> options, Supplier<Components> components, Consumer<String> progress) {
    NonlinearExperimentOptions parsed = NonlinearExperimentOptions.fromProperties(options);
    Components registry = components.get();
    return new NonlinearExperiment(
        parsed,
        registry.datasets().get(DATASET),
        EstimatorChoice.create(registry, List.of(parsed.estimator()), parsed.neural())
            .get(parsed.estimator()),
        progress);
  }
}
