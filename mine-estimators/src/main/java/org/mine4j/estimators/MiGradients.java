package org.mine4j.estimators;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.mine4j.api.Estimator;
import org.mine4j.api.GradientEstimator;
import org.mine4j.api.MineException;
import org.mine4j.api.gradient.MutualInformationGradient;
import org.mine4j.api.spi.ComponentLookup;
import org.mine4j.api.spi.PluginComponents;

/**
 * Gradient sources by estimator name: what an MI term in a model's loss takes ({@code -o mi=NAME}).
 * A neural estimator ({@code mine}, {@code nwj}, {@code infonce}, …) gives its step-wise critic
 * (Belghazi et al. 2018); {@code mige} gives the critic-free MIGE gradient (Wen et al. 2020). For
 * example:
 *
 * <pre>{@code
 * MutualInformationGradient mi = MiGradients.create("mige", Map.of(), dimZ, dimX, 42L);
 * mi.fit(batch, criticSteps);             // nothing for mige
 * SampleGradient g = mi.gradient(batch);  // dI/dz and dI/dx per row
 * }</pre>
 */
public final class MiGradients {
  private static final ComponentLookup BUILT_IN =
      PluginComponents.of(List.of(new EstimatorsPlugin()));

  private MiGradients() {}

  /**
   * A fresh gradient source of a built-in estimator.
   *
   * @throws MineException UNKNOWN_COMPONENT for an unknown name, INVALID_OPTIONS for an estimator
   *     that gives no gradient (ksg, gaussian, histogram) or a bad option
   */
  public static MutualInformationGradient create(
      String estimator, Map<String, String> options, int dimX, int dimY, long seed) {
    return create(BUILT_IN, estimator, options, dimX, dimY, seed);
  }

  /** As {@link #create(String, Map, int, int, long)}, looking the estimator up in components. */
  public static MutualInformationGradient create(
      ComponentLookup components,
      String estimator,
      Map<String, String> options,
      int dimX,
      int dimY,
      long seed) {
    requireNonNull(components, "components is null");
    requireNonNull(options, "options is null");
    Estimator made =
        components
            .estimator(requireNonNull(estimator, "estimator is null"))
            .create(options, components);
    if (!(made instanceof GradientEstimator gradient)) {
      throw MineException.invalidOptions(
          "estimator '"
              + estimator
              + "' gives no gradient of I for a model's training; use mige or a neural one"
              + " (mine, nwj, infonce, smile, …; see 'mine4j list')");
    }
    return gradient.gradientSource(dimX, dimY, seed);
  }
}
