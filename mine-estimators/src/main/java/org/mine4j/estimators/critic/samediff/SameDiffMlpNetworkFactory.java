package org.mine4j.estimators.critic.samediff;

import java.util.List;
import java.util.Map;
import org.mine4j.api.network.NetworkBuilder;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.NetworkFactory;
import org.mine4j.estimators.critic.MlpCriticOptions;

/**
 * The {@code samediff-mlp} network: the concat critic T(x, y) = MLP([x, y]) of MINE (Belghazi et
 * al. 2018) run through SameDiff ({@link SameDiffMlp}, {@link SameDiffCritic}), from the options
 * {@code hidden} and {@code activation} ({@link MlpCriticOptions}). Use it to check the flexible
 * path against the fast {@code concat} critic, or as the template for a user network; for plain
 * training prefer {@code concat}, which is several times faster. Weights are initialised like
 * PyTorch's {@code nn.Linear} (uniform +-1/sqrt(fanIn)) from a {@link java.util.SplittableRandom}
 * seeded with the build seed.
 */
public final class SameDiffMlpNetworkFactory implements NetworkFactory {
  /** The factory name. */
  public static final String NAME = "samediff-mlp";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "MLP on [x, y] with a scalar output as a SameDiff graph (the flexible, slower path)";
  }

  @Override
  public List<OptionSpec> options() {
    return MlpCriticOptions.SPECS;
  }

  @Override
  public NetworkBuilder create(Map<String, String> options) {
    MlpCriticOptions parsed = MlpCriticOptions.fromProperties(NAME, options);
    return (dimX, dimY, seed) ->
        SameDiffMlp.critic(dimX, dimY, parsed.hidden(), parsed.activation(), seed);
  }
}
