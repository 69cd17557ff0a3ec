package org.mine4j.bench;

import java.util.List;
import org.mine4j.api.spi.ExperimentFactory;
import org.mine4j.api.spi.MinePlugin;
import org.mine4j.bench.experiments.InfoMaxFactory;
import org.mine4j.bench.experiments.MigeGradientFactory;
import org.mine4j.bench.experiments.MineVsKsgFactory;
import org.mine4j.bench.experiments.NonlinearExperimentFactory;

/**
 * The plugin of mine-bench: the experiments of the MINE paper (Belghazi et al. 2018) and the MIGE
 * paper's gradient toy and an InfoMax toy (Wen et al. 2020), which need the estimators, the
 * datasets and plotting and so live in the composition root.
 */
public final class BenchPlugin implements MinePlugin {
  @Override
  public String name() {
    return "mine-bench";
  }

  @Override
  public List<ExperimentFactory> experiments() {
    return List.of(
        new MineVsKsgFactory(),
        new NonlinearExperimentFactory(),
        new MigeGradientFactory(),
        new InfoMaxFactory());
  }
}
