package org.mine4j.bench.experiments;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.mine4j.api.experiment.Experiment;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.bench.plugins.Components;

/** Makes the {@code mine-vs-ksg} experiment ({@link MineVsKsgExperiment}). */
public final class MineVsKsgFactory extends BenchExperimentFactory {
  /** The registered name. */
  public static final String NAME = "mine-vs-ksg";

  /** The dataset it samples from. */
  static final String DATASET = "correlated-gaussian";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "MINE paper Fig. 1: mine, nwj (MINE-f) and ksg vs the exact MI of correlated Gaussians,"
        + " d = 2 and 20";
  }

  @Override
  public List<OptionSpec> options() {
    return MineVsKsgOptions.SPECS;
  }

  @Override
  public Experiment create(
      Map<String, String> options, Supplier<Components> components, Consumer<String> progress) {
    MineVsKsgOptions parsed = MineVsKsgOptions.fromProperties(options);
    Components registry = components.get();
    return new MineVsKsgExperiment(
        parsed,
        registry.datasets().get(DATASET),
        EstimatorChoice.create(registry, parsed.estimators(), parsed.neural()),
        progress);
  }
}
