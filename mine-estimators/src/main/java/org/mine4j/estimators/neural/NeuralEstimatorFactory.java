package org.mine4j.estimators.neural;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mine4j.api.Estimator;
import org.mine4j.api.bound.Bound;
import org.mine4j.api.network.NetworkBuilder;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;
import org.mine4j.api.spi.EstimatorFactory;
import org.mine4j.api.spi.NetworkFactory;
import org.mine4j.estimators.critic.Activation;
import org.mine4j.estimators.critic.ConcatMlpNetworkFactory;
import org.mine4j.estimators.critic.samediff.SameDiffMlpNetworkFactory;
import org.mine4j.estimators.critic.separable.SeparableNetworkFactory;

/**
 * Makes a {@link NeuralEstimator} for one bound: the shared options ({@link
 * NeuralEstimatorOptions#SPECS}) plus the bound's own, validated together so that a misspelt option
 * of either kind is an error with a suggestion.
 */
public final class NeuralEstimatorFactory implements EstimatorFactory {
  /** The bound option giving the hidden sizes of a learned baseline a(y) (TUBA, I_alpha). */
  public static final String BASELINE_HIDDEN = "baseline-hidden";

  private final String name;
  private final String description;
  private final List<OptionSpec> boundOptions;
  private final Function<OptionValues, Supplier<Bound>> boundMaker;

  /**
   * @param boundMaker reads the bound's options (throwing IllegalArgumentException for bad values)
   *     and returns a supplier of fresh bounds, one per training run
   */
  public NeuralEstimatorFactory(
      String name,
      String description,
      List<OptionSpec> boundOptions,
      Function<OptionValues, Supplier<Bound>> boundMaker) {
    this.name = requireNonNull(name, "name is null");
    this.description = requireNonNull(description, "description is null");
    this.boundOptions = List.copyOf(boundOptions);
    this.boundMaker = requireNonNull(boundMaker, "boundMaker is null");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public List<OptionSpec> options() {
    List<OptionSpec> all = new ArrayList<>(NeuralEstimatorOptions.SPECS);
    all.addAll(boundOptions);
    return List.copyOf(all);
  }

  @Override
  public Estimator create(Map<String, String> given) {
    OptionValues values = OptionValues.parse("estimator '" + name + "'", options(), given);
    try {
      NeuralEstimatorOptions common = NeuralEstimatorOptions.from(values);
      Supplier<Bound> bounds = boundMaker.apply(values);
      bounds.get(); // validates the bound's options now rather than at the first run
      NetworkBuilder networks =
          networkFactory(common.critic())
              .create(Map.of("hidden", common.hidden(), "activation", common.activation()));
      Map<String, String> resolved = new java.util.LinkedHashMap<>(common.toProperties());
      for (OptionSpec spec : boundOptions) {
        resolved.put(spec.name(), values.string(spec.name()));
      }
      return new NeuralEstimator(
          name, resolved, common, bounds, networks, baseline(values, common));
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }

  /** The learned baseline's shape, for bounds that declare a {@code baseline-hidden} option. */
  private Optional<BaselineSpec> baseline(OptionValues values, NeuralEstimatorOptions common) {
    if (boundOptions.stream().noneMatch(o -> o.name().equals(BASELINE_HIDDEN))) {
      return Optional.empty();
    }
    int[] hidden = values.intList(BASELINE_HIDDEN);
    for (int width : hidden) {
      if (width <= 0) {
        throw new IllegalArgumentException(
            BASELINE_HIDDEN + " sizes must be positive, found " + values.string(BASELINE_HIDDEN));
      }
    }
    return Optional.of(new BaselineSpec(hidden, Activation.fromOptionName(common.activation())));
  }

  private static NetworkFactory networkFactory(String critic) {
    return switch (critic) {
      case "samediff-mlp" -> new SameDiffMlpNetworkFactory();
      case "separable" -> new SeparableNetworkFactory();
      default -> new ConcatMlpNetworkFactory();
    };
  }
}
