package org.mine4j.estimators.nonparametric;

import java.util.List;
import java.util.Map;
import org.mine4j.api.Estimator;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.EstimatorFactory;

/**
 * Makes the {@code histogram} estimator ({@link HistogramEstimator}): plug-in MI of equal-width
 * bins, for at most {@value HistogramEstimator#MAX_DIMENSIONS} dimensions in all.
 */
public final class HistogramEstimatorFactory implements EstimatorFactory {
  @Override
  public String name() {
    return HistogramEstimator.NAME;
  }

  @Override
  public String description() {
    return "histogram plug-in MI of equal-width bins (dx + dy <= 4); biased, a quick baseline";
  }

  @Override
  public List<OptionSpec> options() {
    return HistogramOptions.SPECS;
  }

  @Override
  public Estimator create(Map<String, String> options) {
    return new HistogramEstimator(HistogramOptions.fromProperties(options));
  }
}
