package org.mine4j.estimators;

import java.util.List;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.EstimatorFactory;
import org.mine4j.api.spi.MinePlugin;
import org.mine4j.api.spi.NetworkFactory;
import org.mine4j.estimators.bounds.DvBound;
import org.mine4j.estimators.bounds.MineBound;
import org.mine4j.estimators.bounds.NwjBound;
import org.mine4j.estimators.critic.ConcatMlpNetworkFactory;
import org.mine4j.estimators.critic.samediff.SameDiffMlpNetworkFactory;
import org.mine4j.estimators.neural.NeuralEstimatorFactory;

/**
 * The mine-estimators plugin: the neural estimators {@code dv}, {@code mine} and {@code nwj}
 * (Belghazi et al. 2018) and the critics {@code concat} and {@code samediff-mlp}.
 */
public final class EstimatorsPlugin implements MinePlugin {
  @Override
  public String name() {
    return "mine-estimators";
  }

  @Override
  public List<EstimatorFactory> estimators() {
    return List.of(
        new NeuralEstimatorFactory(
            "dv",
            "Donsker-Varadhan bound with its plain minibatch gradient (MINE-biased)",
            List.of(),
            values -> DvBound::new),
        new NeuralEstimatorFactory(
            "mine",
            "MINE: Donsker-Varadhan bound, moving-average bias-corrected gradient (Belghazi et al. 2018)",
            List.of(
                new OptionSpec(
                    "ema-decay", "0.01", "moving-average rate alpha of the corrected gradient")),
            values -> {
              double alpha = values.doubleValue("ema-decay");
              return () -> new MineBound(alpha);
            }),
        new NeuralEstimatorFactory(
            "nwj",
            "NWJ / MINE-f bound: mean T - mean exp(T - 1) (Nguyen, Wainwright & Jordan 2010)",
            List.of(),
            values -> NwjBound::new));
  }

  @Override
  public List<NetworkFactory> networks() {
    return List.of(new ConcatMlpNetworkFactory(), new SameDiffMlpNetworkFactory());
  }
}
