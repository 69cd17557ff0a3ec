package org.mine4j.estimators.critic.separable;

import java.util.List;
import java.util.Map;
import org.mine4j.api.network.NetworkBuilder;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.NetworkFactory;

/**
 * The {@code separable} network: builds {@link SeparableCritic}s, T(x, y) = g(x)^T h(y) (Poole et
 * al. 2019, "On variational bounds of mutual information"), from the options {@code hidden}, {@code
 * embedding} and {@code activation} ({@link SeparableCriticOptions}). The natural critic for
 * all-pairs negatives (InfoNCE, SMILE), whose K x K scores are one matrix product.
 */
public final class SeparableNetworkFactory implements NetworkFactory {
  /** The factory name. */
  public static final String NAME = "separable";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "separable critic g(x)^T h(y) of two MLP towers, plain-Java forward/backward";
  }

  @Override
  public List<OptionSpec> options() {
    return SeparableCriticOptions.SPECS;
  }

  @Override
  public NetworkBuilder create(Map<String, String> options) {
    SeparableCriticOptions parsed = SeparableCriticOptions.fromProperties(options);
    return (dimX, dimY, seed) -> new SeparableCritic(dimX, dimY, parsed, seed);
  }
}
