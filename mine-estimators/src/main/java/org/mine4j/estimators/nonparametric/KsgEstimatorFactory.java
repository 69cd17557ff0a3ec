package org.mine4j.estimators.nonparametric;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.mine4j.api.Estimator;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.EstimatorFactory;

/**
 * Makes {@link KsgEstimator}s: {@code ksg} (algorithm 1) or {@code ksg2} (algorithm 2) of Kraskov,
 * Stögbauer &amp; Grassberger (2004), with the options of {@link KsgOptions}.
 */
public final class KsgEstimatorFactory implements EstimatorFactory {
  private final KsgAlgorithm algorithm;

  public KsgEstimatorFactory(KsgAlgorithm algorithm) {
    this.algorithm = requireNonNull(algorithm, "algorithm is null");
  }

  @Override
  public String name() {
    return algorithm.estimatorName();
  }

  @Override
  public String description() {
    return algorithm == KsgAlgorithm.ONE
        ? "KSG k-nearest-neighbour estimate, algorithm 1 (Kraskov et al. 2004); no training"
        : "KSG k-nearest-neighbour estimate, algorithm 2 (Kraskov et al. 2004); no training";
  }

  @Override
  public List<OptionSpec> options() {
    return KsgOptions.SPECS;
  }

  @Override
  public Estimator create(Map<String, String> options) {
    return new KsgEstimator(algorithm, KsgOptions.fromProperties(name(), options));
  }
}
