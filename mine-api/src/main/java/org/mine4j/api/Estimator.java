package org.mine4j.api;

import java.util.Map;
import org.mine4j.api.data.Samples;

/**
 * Estimates I(X;Y) in nats from paired samples. Neural estimators train a critic under a {@link
 * org.mine4j.api.bound.Bound}; non-parametric ones (KSG, Gaussian) compute directly. Made by an
 * {@link org.mine4j.api.spi.EstimatorFactory} from validated options; immutable and reusable across
 * runs.
 *
 * <p>Deterministic: the same samples and {@link EstimationContext#seed()} give the same estimate.
 */
public interface Estimator {
  /** The registered name (e.g. {@code mine}). */
  String name();

  /** The options it was made with, as flat kebab-case properties (for provenance). */
  Map<String, String> options();

  /**
   * Estimates the mutual information of the samples.
   *
   * @throws MineException {@link ErrorCode#INVALID_DATA} for unusable samples, {@link
   *     ErrorCode#NON_FINITE_LOSS} when training diverges
   */
  Estimate estimate(Samples samples, EstimationContext context);
}
