package org.mine4j.estimators.neural;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.mine4j.api.bound.Bound;
import org.mine4j.api.network.NetworkBuilder;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;
import org.mine4j.api.spi.ComponentLookup;
import org.mine4j.api.spi.NetworkFactory;
import org.mine4j.api.spi.TrainableEstimatorFactory;
import org.mine4j.estimators.critic.Activation;

/**
 * Makes a {@link NeuralEstimator} for one bound: the shared options ({@link
 * NeuralEstimatorOptions#SPECS}) plus the bound's own, validated together so that a misspelt option
 * of either kind is an error with a suggestion.
 */
public final class NeuralEstimatorFactory implements TrainableEstimatorFactory {
  /** The default critic network. */
  static final String CRITIC_DEFAULT = "concat";

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

  /**
   * Creates the estimator with one of the built-in critics ({@code concat}, {@code separable}, …).
   */
  @Override
  public NeuralEstimator create(Map<String, String> given) {
    return create(given, BuiltInNetworks.LOOKUP);
  }

  /**
   * Creates the estimator; {@code critic=NAME} is looked up in {@code components}, and the options
   * that network declares beyond {@code hidden} and {@code activation} (e.g. the separable critic's
   * {@code embedding}) are accepted and passed to it.
   */
  @Override
  public NeuralEstimator create(Map<String, String> given, ComponentLookup components) {
    requireNonNull(given, "given is null");
    requireNonNull(components, "components is null");
    String component = "estimator '" + name + "'";
    NetworkFactory network = network(given.getOrDefault("critic", CRITIC_DEFAULT), components);
    List<OptionSpec> networkOnly = networkOnlyOptions(network);
    List<OptionSpec> all = new ArrayList<>(options());
    all.addAll(networkOnly);
    OptionValues values = OptionValues.parse(component, all, given);
    try {
      NeuralEstimatorOptions common = NeuralEstimatorOptions.from(values);
      Supplier<Bound> bounds = boundMaker.apply(values);
      bounds.get(); // validates the bound's options now rather than at the first run
      Map<String, String> networkOptions = new LinkedHashMap<>();
      networkOptions.put("hidden", common.hidden());
      networkOptions.put("activation", common.activation());
      Map<String, String> resolved = new LinkedHashMap<>(common.toProperties());
      for (OptionSpec spec : boundOptions) {
        resolved.put(spec.name(), values.string(spec.name()));
      }
      for (OptionSpec spec : networkOnly) {
        networkOptions.put(spec.name(), values.string(spec.name()));
        resolved.put(spec.name(), values.string(spec.name()));
      }
      NetworkBuilder networks = network.create(networkOptions);
      return new NeuralEstimator(
          name, resolved, common, bounds, networks, baseline(values, common));
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }

  /** The registered network of that name, or INVALID_OPTIONS naming the known ones. */
  private NetworkFactory network(String critic, ComponentLookup components) {
    try {
      return components.network(critic.trim());
    } catch (MineException e) {
      if (e.code() != ErrorCode.UNKNOWN_COMPONENT) {
        throw e;
      }
      throw MineException.invalidOptions(
          "option 'critic' of estimator '"
              + name
              + "': "
              + e.getMessage().replace("unknown network", "unknown critic network"));
    }
  }

  /** The options of the network that the shared ones ({@code hidden}, …) do not already cover. */
  private List<OptionSpec> networkOnlyOptions(NetworkFactory network) {
    List<String> shared = options().stream().map(OptionSpec::name).toList();
    return network.options().stream().filter(o -> !shared.contains(o.name())).toList();
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
}
