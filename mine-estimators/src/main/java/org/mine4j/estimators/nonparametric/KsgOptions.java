package org.mine4j.estimators.nonparametric;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;

/**
 * Validated options of the KSG estimators {@code ksg} and {@code ksg2} (Kraskov, Stögbauer &amp;
 * Grassberger 2004).
 *
 * <p>As properties: {@code k} (neighbours, default 3, the paper's usual choice: small k has less
 * bias, larger k less variance), {@code standardize} (rescale every column to unit variance first,
 * default true; the max-norm mixes columns, so their scales matter) and {@code noise} (standard
 * deviation of the tie-breaking jitter relative to a column's standard deviation, default 1e-10; 0
 * disables it).
 *
 * @param k the number of joint neighbours, at least 1
 * @param standardize whether to standardise columns first
 * @param noise relative jitter, finite and &ge; 0
 */
public record KsgOptions(int k, boolean standardize, double noise) {
  /** The accepted properties with their defaults. */
  public static final List<OptionSpec> SPECS =
      List.of(
          new OptionSpec("k", "3", "number of nearest neighbours in the joint space"),
          new OptionSpec(
              "standardize", "true", "rescale every column to unit variance before the search"),
          new OptionSpec(
              "noise",
              "1e-10",
              "tie-breaking jitter, standard deviation relative to the column's (0: none)"));

  public KsgOptions {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, found " + k);
    }
    if (!(noise >= 0) || Double.isInfinite(noise)) {
      throw new IllegalArgumentException("noise must be a finite number >= 0, found " + noise);
    }
  }

  /** k = 3, standardised, noise 1e-10. */
  public static KsgOptions defaults() {
    return new KsgOptions(3, true, 1e-10);
  }

  /** A copy with another k. */
  public KsgOptions withK(int newK) {
    return new KsgOptions(newK, standardize, noise);
  }

  /** A copy with standardisation on or off. */
  public KsgOptions withStandardize(boolean newStandardize) {
    return new KsgOptions(k, newStandardize, noise);
  }

  /** A copy with another relative jitter (0: none). */
  public KsgOptions withNoise(double newNoise) {
    return new KsgOptions(k, standardize, newNoise);
  }

  /**
   * Reads the options from flat properties for the named estimator (missing ones take their
   * defaults).
   *
   * @throws org.mine4j.api.MineException INVALID_OPTIONS for an unknown name or a bad value
   */
  public static KsgOptions fromProperties(String estimator, Map<String, String> properties) {
    requireNonNull(properties, "properties is null");
    OptionValues values = OptionValues.parse("estimator '" + estimator + "'", SPECS, properties);
    int k = values.intValue("k");
    boolean standardize = values.booleanValue("standardize");
    double noise = values.doubleValue("noise");
    try {
      return new KsgOptions(k, standardize, noise);
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }

  /** The options as flat properties; {@link #fromProperties} reads them back. */
  public Map<String, String> toProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("k", Integer.toString(k));
    properties.put("standardize", Boolean.toString(standardize));
    properties.put("noise", Double.toString(noise));
    return Collections.unmodifiableMap(properties);
  }
}
