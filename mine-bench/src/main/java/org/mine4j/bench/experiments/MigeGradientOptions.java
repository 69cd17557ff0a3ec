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
 * Validated options of the {@code mige-gradient} experiment. The defaults are the MIGE authors' toy
 * (Wen et al. 2020): d ∈ {8, 16, 32}, 30 correlations evenly in [−0.8, 0.8], batches of 256; the
 * critics of mine and nwj are separable, two 512-512-20 ReLU towers scoring all 256² pairs, trained
 * for 200 Adam steps of rate 1e-4 on fresh batches; MIGE has no training.
 *
 * @param dims the dimensions d of X and of Y
 * @param rhos the correlations, each in (−1, 1)
 * @param n rows of each batch (the gradient's and every training step's)
 * @param estimators gradient sources by name (mige, and neural estimators)
 * @param steps critic steps of the neural estimators before their gradient is taken
 * @param learningRate Adam rate of the critics
 * @param hidden the hidden sizes of each tower of the separable critic
 * @param embedding the critic's embedding size
 * @param repeats independent repetitions of the whole grid (seeds)
 * @param parallel runs at once, 0 for the number of cores
 */
public record MigeGradientOptions(
    List<Integer> dims,
    List<Double> rhos,
    int n,
    List<String> estimators,
    int steps,
    double learningRate,
    String hidden,
    int embedding,
    int repeats,
    int parallel) {
  static final String COMPONENT = "experiment '" + MigeGradientFactory.NAME + "'";

  /** The accepted properties. */
  public static final List<OptionSpec> SPECS = specs();

  public MigeGradientOptions {
    dims = List.copyOf(requireNonNull(dims, "dims is null"));
    rhos = List.copyOf(requireNonNull(rhos, "rhos is null"));
    estimators = List.copyOf(requireNonNull(estimators, "estimators is null"));
    requireNonNull(hidden, "hidden is null");
    if (dims.isEmpty() || rhos.isEmpty() || estimators.isEmpty()) {
      throw new IllegalArgumentException("dims, rhos and estimators must not be empty");
    }
    for (int dim : dims) {
      if (dim < 1) {
        throw new IllegalArgumentException("dims must be at least 1, found " + dim);
      }
    }
    for (double rho : rhos) {
      if (!(rho > -1.0 && rho < 1.0)) {
        throw new IllegalArgumentException("every rho must be in (-1, 1), found " + rho);
      }
    }
    if (n < 4) {
      throw new IllegalArgumentException("n must be at least 4 rows, found " + n);
    }
    if (steps < 1) {
      throw new IllegalArgumentException("steps must be at least 1, found " + steps);
    }
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException(
          "learning-rate must be a positive number, found " + learningRate);
    }
    if (embedding < 1) {
      throw new IllegalArgumentException("embedding must be positive, found " + embedding);
    }
    if (repeats < 1) {
      throw new IllegalArgumentException("repeats must be at least 1, found " + repeats);
    }
    if (parallel < 0) {
      throw new IllegalArgumentException(
          "parallel must be 0 (all cores) or a positive number of runs, found " + parallel);
    }
  }

  private static List<OptionSpec> specs() {
    List<OptionSpec> specs = new ArrayList<>();
    specs.add(new OptionSpec("dims", "8,16,32", "dimensions d of X and of Y"));
    specs.add(new OptionSpec("points", "30", "number of rho values evenly in [-rho-max, rho-max]"));
    specs.add(new OptionSpec("rho-max", "0.8", "largest |rho|, below 1"));
    specs.add(new OptionSpec("rhos", "", "explicit rho values (instead of points and rho-max)"));
    specs.add(new OptionSpec("n", "256", "rows of each batch"));
    specs.add(new OptionSpec("estimators", "mige,mine,nwj", "gradient sources to compare"));
    specs.add(new OptionSpec("steps", "200", "critic steps of the neural estimators"));
    specs.add(new OptionSpec("learning-rate", "1.0E-4", "Adam learning rate of the critics"));
    specs.add(new OptionSpec("hidden", "512,512", "hidden sizes of each separable critic tower"));
    specs.add(new OptionSpec("embedding", "20", "embedding size of the separable critic"));
    specs.add(new OptionSpec("repeats", "1", "independent repetitions of the grid"));
    specs.add(new OptionSpec("parallel", "0", "runs at once (0: the number of cores)"));
    return List.copyOf(specs);
  }

  /**
   * Reads the options from flat properties.
   *
   * @throws org.mine4j.api.MineException INVALID_OPTIONS naming the option and the fix
   */
  public static MigeGradientOptions fromProperties(Map<String, String> properties) {
    OptionValues values = OptionValues.parse(COMPONENT, SPECS, properties);
    try {
      List<Double> rhos;
      if (values.string("rhos").isEmpty()) {
        rhos = MineVsKsgOptions.evenly(values.intValue("points"), values.doubleValue("rho-max"));
      } else {
        if (properties.containsKey("points") || properties.containsKey("rho-max")) {
          throw new IllegalArgumentException("give either rhos or points and rho-max, not both");
        }
        rhos = OptionLists.doubles(values, "rhos");
      }
      String hidden = values.string("hidden").replace(" ", "");
      values.intList("hidden"); // validates
      return new MigeGradientOptions(
          OptionLists.ints(values, "dims"),
          rhos,
          values.intValue("n"),
          OptionLists.names(values, "estimators"),
          values.intValue("steps"),
          values.doubleValue("learning-rate"),
          hidden,
          values.intValue("embedding"),
          values.intValue("repeats"),
          values.intValue("parallel"));
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }

  /** The options of a neural estimator's critic under this protocol. */
  Map<String, String> criticOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("critic", "separable");
    options.put("hidden", hidden);
    options.put("embedding", Integer.toString(embedding));
    options.put("negatives", "all-pairs");
    options.put("batch-size", Integer.toString(n));
    options.put("learning-rate", Double.toString(learningRate));
    return Collections.unmodifiableMap(options);
  }

  /** As flat properties ({@code rhos} explicit); {@link #fromProperties} reads them back. */
  public Map<String, String> toProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("dims", OptionLists.join(dims));
    properties.put("rhos", OptionLists.join(rhos));
    properties.put("n", Integer.toString(n));
    properties.put("estimators", String.join(",", estimators));
    properties.put("steps", Integer.toString(steps));
    properties.put("learning-rate", Double.toString(learningRate));
    properties.put("hidden", hidden);
    properties.put("embedding", Integer.toString(embedding));
    properties.put("repeats", Integer.toString(repeats));
    properties.put("parallel", Integer.toString(parallel));
    return Collections.unmodifiableMap(properties);
  }
}
