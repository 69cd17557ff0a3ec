package org.mine4j.estimators.mige;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;

/**
 * Validated options of the {@code mige} estimator: the SSGE settings of its three score estimators,
 * and the guard on their O(M³) cost.
 *
 * <p>As properties: {@code eigen-threshold} (0.99), {@code eigen-count} (0: by threshold), {@code
 * bandwidth} (0: median heuristic), {@code max-samples} (the largest batch fitted whole, 1024) and
 * {@code subsample} (false: a larger batch is an error; true: the score estimators are fitted on
 * max-samples seeded random rows of the batch and extended to every row by Nyström).
 *
 * @param ssge the score estimators' settings
 * @param maxSamples the largest number of rows one eigen-decomposition is made of
 * @param subsample whether a larger batch is subsampled rather than refused
 */
public record MigeOptions(SsgeOptions ssge, int maxSamples, boolean subsample) {
  /** The accepted properties. */
  public static final List<OptionSpec> SPECS =
      List.of(
          new OptionSpec(
              "eigen-threshold", "0.99", "share of the kernel spectrum the kept eigenpairs hold"),
          new OptionSpec("eigen-count", "0", "fixed number of eigenpairs (0: by eigen-threshold)"),
          new OptionSpec("bandwidth", "0", "RBF kernel width (0: median of pairwise distances)"),
          new OptionSpec(
              "max-samples", "1024", "largest batch one O(M^3) eigen-decomposition is made of"),
          new OptionSpec(
              "subsample",
              "false",
              "larger batches: fit on max-samples random rows and extend (true) or refuse (false)"));

  /** The defaults. */
  public static final MigeOptions DEFAULTS = new MigeOptions(SsgeOptions.DEFAULTS, 1024, false);

  public MigeOptions {
    requireNonNull(ssge, "ssge is null");
    if (maxSamples < 2) {
      throw new IllegalArgumentException("max-samples must be at least 2, found " + maxSamples);
    }
  }

  /**
   * Reads the options from flat properties.
   *
   * @throws org.mine4j.api.MineException INVALID_OPTIONS naming the option and the fix
   */
  public static MigeOptions fromProperties(Map<String, String> properties) {
    OptionValues values =
        OptionValues.parse("estimator '" + MigeEstimator.NAME + "'", SPECS, properties);
    try {
      return new MigeOptions(
          new SsgeOptions(
              values.doubleValue("eigen-threshold"),
              values.intValue("eigen-count"),
              values.doubleValue("bandwidth")),
          values.intValue("max-samples"),
          values.booleanValue("subsample"));
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }

  /** As flat properties; {@link #fromProperties} reads them back. */
  public Map<String, String> toProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("eigen-threshold", Double.toString(ssge.eigenThreshold()));
    properties.put("eigen-count", Integer.toString(ssge.eigenCount()));
    properties.put("bandwidth", Double.toString(ssge.bandwidth()));
    properties.put("max-samples", Integer.toString(maxSamples));
    properties.put("subsample", Boolean.toString(subsample));
    return Collections.unmodifiableMap(properties);
  }
}
