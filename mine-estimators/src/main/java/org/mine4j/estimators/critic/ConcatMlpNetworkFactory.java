package org.mine4j.estimators.critic;

import java.util.List;
import java.util.Map;
import org.mine4j.api.network.NetworkBuilder;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.NetworkFactory;

/**
 * The {@code concat} network: builds {@link ConcatMlpCritic}s, T(x, y) = MLP([x, y]) as in MINE
 * (Belghazi et al. 2018), from the options {@code hidden} and {@code activation} ({@link
 * MlpCriticOptions}). The fast default critic.
 */
public final class ConcatMlpNetworkFactory implements NetworkFactory {
  /** The factory name. */
  public static final String NAME = "concat";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "MLP on [x, y] with a scalar output, hand-derived plain-Java forward/backward (MINE)";
  }

  @Override
  public List<OptionSpec> options() {
    return MlpCriticOptions.SPECS;
  }

  @Override
  public NetworkBuilder create(Map<String, String> options) {
    MlpCriticOptions parsed = MlpCriticOptions.fromProperties(options);
    return (dimX, dimY, seed) -> new ConcatMlpCritic(dimX, dimY, parsed, seed);
  }
}
