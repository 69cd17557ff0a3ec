package org.mine4j.bench.experiments;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;

/**
 * Validated options of the {@code nonlinear} experiment.
 *
 * <p>As properties: {@code functions} (default x,cube,sin), {@code sigmas} (noise levels, default
 * 0.1,0.3,0.5,0.8,1.0), {@code dim} (default 2), {@code n} rows per estimate (default 20000),
 * {@code estimator} (default mine), the {@link NeuralSettings} and {@code parallel} (0, the
 * default, for the number of cores).
 *
 * @param functions the f of Y = f(X) + σε: x, cube or sin
 * @param sigmas the noise levels σ, each in [0.001, 1000]
 * @param dim the dimension d of X and of Y
 * @param n rows sampled for each estimate
 * @param estimator a registered estimator name
 * @param neural training settings, given to the estimator if it is neural
 * @param parallel estimates at once, 0 for the number of cores
 */
public record NonlinearExperimentOptions(
    List<String> functions,
    List<Double> sigmas,
    int dim,
    int n,
    String estimator,
    NeuralSettings neural,
    int parallel) {
  static final String COMPONENT = "experiment '" + NonlinearExperimentFactory.NAME + "'";
  static final List<String> FUNCTIONS = List.of("x", "cube", "sin");
  static final NeuralSettings NEURAL_DEFAULTS = new NeuralSettings(3000, 256, 5e-4, "100,100");

  /** The accepted properties. */
  public static final List<OptionSpec> SPECS = specs();

  public NonlinearExperimentOptions {
    functions = List.copyOf(requireNonNull(functions, "functions is null"));
    sigmas = List.copyOf(requireNonNull(sigmas, "sigmas is null"));
    requireNonNull(estimator, "estimator is null");
    requireNonNull(neural, "neural is null");
    if (functions.isEmpty() || sigmas.isEmpty()) {
      throw new IllegalArgumentException("functions and sigmas must not be empty");
    }
    for (String function : functions) {
      if (!FUNCTIONS.contains(function)) {
        throw new IllegalArgumentException(
            "functions must be among x, cube, sin, found '" + function + "'");
      }
    }
    for (double sigma : sigmas) {
      if (!(sigma >= 0.001 && sigma <= 1000)) {
        throw new IllegalArgumentException("every sigma must be in [0.001, 1000], found " + sigma);
      }
    }
    if (dim < 1) {
      throw new IllegalArgumentException("dim must be at least 1, found " + dim);
    }
    if (n < 10) {
      throw new IllegalArgumentException("n must be at least 10 rows, found " + n);
    }
    if (parallel < 0) {
      throw new IllegalArgumentException(
          "parallel must be 0 (all cores) or a positive number of runs, found " + parallel);
    }
  }

  private static List<OptionSpec> specs() {
    List<OptionSpec> specs = new ArrayList<>();
    specs.add(new OptionSpec("functions", "x,cube,sin", "f in Y = f(X) + sigma noise"));
    specs.add(new OptionSpec("sigmas", "0.1,0.3,0.5,0.8,1.0", "noise levels sigma"));
    specs.add(new OptionSpec("dim", "2", "dimension d of X and of Y"));
    specs.add(new OptionSpec("n", "20000", "rows sampled for each estimate"));
    specs.add(new OptionSpec("estimator", "mine", "the estimator"));
    specs.addAll(NeuralSettings.specs(NEURAL_DEFAULTS));
    specs.add(new OptionSpec("parallel", "0", "estimates at once (0: the number of cores)"));
    return List.copyOf(specs);
  }

  /**
   * Reads the options from flat properties.
   *
   * @throws org.mine4j.api.MineException INVALID_OPTIONS naming the option and the fix
   */
  public static NonlinearExperimentOptions fromProperties(Map<String, String> properties) {
    OptionValues values = OptionValues.parse(COMPONENT, SPECS, properties);
    try {
      return new NonlinearExperimentOptions(
          OptionLists.names(values, "functions"),
          OptionLists.doubles(values, "sigmas"),
          values.intValue("dim"),
          values.intValue("n"),
          values.string("estimator"),
          NeuralSettings.from(values),
          values.intValue("parallel"));
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }

  /** As flat properties; {@link #fromProperties} reads them back. */
  public Map<String, String> toProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("functions", String.join(",", functions));
    properties.put("sigmas", OptionLists.join(sigmas));
    properties.put("dim", Integer.toString(dim));
    properties.put("n", Integer.toString(n));
    properties.put("estimator", estimator);
    properties.putAll(neural.toProperties());
    properties.put("parallel", Integer.toString(parallel));
    return Collections.unmodifiableMap(properties);
  }
}
