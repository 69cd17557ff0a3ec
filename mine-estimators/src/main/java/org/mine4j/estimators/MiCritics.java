package org.mine4j.estimators;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.mine4j.api.MineException;
import org.mine4j.api.TrainableEstimator;
import org.mine4j.api.gradient.MiCritic;
import org.mine4j.api.network.StatisticsNetwork;
import org.mine4j.api.spi.ComponentLookup;
import org.mine4j.api.spi.EstimatorFactory;
import org.mine4j.api.spi.PluginComponents;
import org.mine4j.api.spi.TrainableEstimatorFactory;
import org.mine4j.estimators.neural.NeuralEstimator;

/**
 * Step-wise critics by estimator name: the Java counterpart of the original MINE code's {@code
 * Mine(T, loss='mine').optimize(X, Y, iters)} (Belghazi et al. 2018), and the MI term of a model's
 * loss. For example:
 *
 * <pre>{@code
 * MiCritic mine = MiCritics.create("mine", Map.of("hidden", "64,64"), 1, 1, 42L);
 * double nats = mine.optimize(x, y, 2000); // float[][] rows; the bound on a held-out half
 * }</pre>
 *
 * The options are the estimator's (see {@code mine4j list}): {@code batch-size}, {@code
 * learning-rate}, {@code critic}, {@code hidden}, {@code negatives} and the bound's own; {@code
 * steps} and the held-out options are the caller's loop's business and do not apply.
 */
public final class MiCritics {
  private static final ComponentLookup BUILT_IN =
      PluginComponents.of(List.of(new EstimatorsPlugin()));

  private MiCritics() {}

  /**
   * A fresh critic of a built-in neural estimator ({@code mine}, {@code nwj}, {@code smile}, …).
   *
   * @throws MineException UNKNOWN_COMPONENT for an unknown name, INVALID_OPTIONS for a non-neural
   *     estimator or a bad option
   */
  public static MiCritic create(
      String estimator, Map<String, String> options, int dimX, int dimY, long seed) {
    return create(BUILT_IN, estimator, options, dimX, dimY, seed);
  }

  /**
   * As {@link #create(String, Map, int, int, long)}, looking the estimator up in {@code
   * components}.
   */
  public static MiCritic create(
      ComponentLookup components,
      String estimator,
      Map<String, String> options,
      int dimX,
      int dimY,
      long seed) {
    return trainable(components, estimator, options).critic(dimX, dimY, seed);
  }

  /**
   * A critic of a built-in neural estimator around the caller's own network (a SameDiff graph
   * wrapped by {@link org.mine4j.estimators.critic.samediff.SameDiffCritic}, say): the estimator
   * gives the bound, the optimiser settings and the negatives.
   */
  public static MiCritic create(
      String estimator, Map<String, String> options, StatisticsNetwork network, long seed) {
    requireNonNull(network, "network is null");
    TrainableEstimator made = trainable(BUILT_IN, estimator, options);
    if (!(made instanceof NeuralEstimator neural)) {
      throw MineException.invalidOptions(
          "estimator '" + estimator + "' cannot train a network it did not build");
    }
    return neural.critic(network, seed);
  }

  private static TrainableEstimator trainable(
      ComponentLookup components, String estimator, Map<String, String> options) {
    requireNonNull(components, "components is null");
    EstimatorFactory factory = components.estimator(requireNonNull(estimator, "estimator is null"));
    if (!(factory instanceof TrainableEstimatorFactory trainable)) {
      throw MineException.invalidOptions(
          "estimator '"
              + estimator
              + "' trains no critic, so it gives no step-wise critic or MI gradient; use a neural"
              + " one (mine, nwj, smile, infonce, …; see 'mine4j list')");
    }
    return trainable.create(requireNonNull(options, "options is null"), components);
  }
}
