package org.mine4j.estimators.nonparametric;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;

/**
 * Validated options of the {@code histogram} estimator: {@code bins}, the number of equal-width
 * bins per column between its smallest and largest value (default 10, from 2 to 10,000).
 *
 * @param bins bins per column
 */
public record HistogramOptions(int bins) {
  /** The most bins per column accepted. */
  public static final int MAX_BINS = 10_000;

  /** The accepted properties with their defaults. */
  public static final List<OptionSpec> SPECS =
      List.of(new OptionSpec("bins", "10", "equal-width bins per column, from 2 to 10000"));

  public HistogramOptions {
    if (bins < 2 || bins > MAX_BINS) {
      throw new IllegalArgumentException(
          "bins must be between 2 and " + MAX_BINS + ", found " + bins);
    }
  }

  /** 10 bins per column. */
  public static HistogramOptions defaults() {
    return new HistogramOptions(10);
  }

  /**
   * Reads the options from flat properties (missing ones take their defaults).
   *
   * @throws org.mine4j.api.MineException INVALID_OPTIONS for an unknown name or a bad value
   */
  public static HistogramOptions fromProperties(Map<String, String> properties) {
    requireNonNull(properties, "properties is null");
    OptionValues values =
        OptionValues.parse("estimator '" + HistogramEstimator.NAME + "'", SPECS, properties);
    int bins = values.intValue("bins");
    try {
      return new HistogramOptions(bins);
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }

  /** The options as flat properties; {@link #fromProperties} reads them back. */
  public Map<String, String> toProperties() {
    return Map.of("bins", Integer.toString(bins));
  }
}
