package org.mine4j.bench.experiments;

import java.util.List;
import java.util.Map;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.ExperimentFactory;

/** Makes the {@code mine-vs-ksg} experiment ({@link MineVsKsgExperiment}). */
public final class MineVsKsgFactory implements ExperimentFactory {
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
  public MineVsKsgExperiment create(Map<String, String> options) {
    return new MineVsKsgExperiment(MineVsKsgOptions.fromProperties(options));
  }
}
