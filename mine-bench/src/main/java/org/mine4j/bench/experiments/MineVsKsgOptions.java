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
 * Validated options of the {@code mine-vs-ksg} experiment.
 *
 * <p>As properties: {@code dims} (default 2,20), the correlations as {@code points} values evenly
 * in [−{@code rho-max}, {@code rho-max}] (default 9 in [−0.95, 0.95]) or an explicit list {@code
 * rhos} (not with points or rho-max), {@code n} rows per estimate (default 5000), {@code
 * estimators} (default mine,nwj,ksg), the {@link NeuralSettings} and {@code parallel} (estimates at
 * once; 0, the default, for the number of cores). {@link #toProperties()} writes {@code rhos}
 * explicitly, so the round trip gives the same correlations.
 *
 * @param dims the dimensions d of X and of Y
 * @param rhos the componentwise correlations, each in (−1, 1)
 * @param n rows sampled for each estimate
 * @param estimators registered estimator names
 * @param neural training settings of the neural estimators
 * @param parallel estimates at once, 0 for the number of cores
 */
public record MineVsKsgOptions(
    List<Integer> dims,
    List<Double> rhos,
    int n,
    List<String> estimators,
    NeuralSettings neural,
    int parallel) {
  static final String COMPONENT = "experiment '" + MineVsKsgFactory.NAME + "'";
  static final NeuralSettings NEURAL_DEFAULTS = new NeuralSettings(3000, 256, 5e-4, "100,100");

  /** The accepted properties. */
  public static final List<OptionSpec> SPECS = specs();

  public MineVsKsgOptions {
    dims = List.copyOf(requireNonNull(dims, "dims is null"));
    rhos = List.copyOf(requireNonNull(rhos, "rhos is null"));
    estimators = List.copyOf(requireNonNull(estimators, "estimators is null"));
    requireNonNull(neural, "neural is null");
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
    specs.add(new OptionSpec("dims", "2,20", "dimensions d of X and of Y"));
    specs.add(new OptionSpec("points", "9", "number of rho values evenly in [-rho-max, rho-max]"));
    specs.add(new OptionSpec("rho-max", "0.95", "largest |rho|, below 1"));
    specs.add(new OptionSpec("rhos", "", "explicit rho values (instead of points and rho-max)"));
    specs.add(new OptionSpec("n", "5000", "rows sampled for each estimate"));
    specs.add(new OptionSpec("estimators", "mine,nwj,ksg", "estimators to compare"));
    specs.addAll(NeuralSettings.specs(NEURAL_DEFAULTS));
    specs.add(new OptionSpec("parallel", "0", "estimates at once (0: the number of cores)"));
    return List.copyOf(specs);
  }

  /**
   * Reads the options from flat properties.
   *
   * @throws org.mine4j.api.MineException INVALID_OPTIONS naming the option and the fix
   */
  public static MineVsKsgOptions fromProperties(Map<String, String> properties) {
    OptionValues values = OptionValues.parse(COMPONENT, SPECS, properties);
    try {
      List<Double> rhos;
      if (values.string("rhos").isEmpty()) {
        rhos = evenly(values.intValue("points"), values.doubleValue("rho-max"));
      } else {
        if (properties.containsKey("points") || properties.containsKey("rho-max")) {
          throw new IllegalArgumentException("give either rhos or points and rho-max, not both");
        }
        rhos = OptionLists.doubles(values, "rhos");
      }
      return new MineVsKsgOptions(
          OptionLists.ints(values, "dims"),
          rhos,
          values.intValue("n"),
          OptionLists.names(values, "estimators"),
          NeuralSettings.from(values),
          values.intValue("parallel"));
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }

  /** {@code count} values evenly spaced in [−max, max], both ends included, to 12 decimals. */
  static List<Double> evenly(int count, double max) {
    if (count < 1) {
      throw new IllegalArgumentException("points must be at least 1, found " + count);
    }
    if (!(max >= 0.0 && max < 1.0)) {
      throw new IllegalArgumentException("rho-max must be in [0, 1), found " + max);
    }
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double rho = count == 1 ? 0.0 : max * (2.0 * i - (count - 1)) / (count - 1);
      // Rounded to 12 decimals so that the grid prints as typed (-0.7125, not -0.7124999999999999).
      values.add(Math.round(rho * 1e12) / 1e12);
    }
    return List.copyOf(values);
  }

  /** As flat properties ({@code rhos} explicit); {@link #fromProperties} reads them back. */
  public Map<String, String> toProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("dims", OptionLists.join(dims));
    properties.put("rhos", OptionLists.join(rhos));
    properties.put("n", Integer.toString(n));
    properties.put("estimators", String.join(",", estimators));
    properties.putAll(neural.toProperties());
    properties.put("parallel", Integer.toString(parallel));
    return Collections.unmodifiableMap(properties);
  }

  /** The exact I(X;Y) = −(d/2) ln(1 − ρ²) of the correlated Gaussian, in nats. */
  static double trueMutualInformation(int dim, double rho) {
    return -0.5 * dim * Math.log1p(-rho * rho);
  }
}
