package org.mine4j.api.gradient;

import org.mine4j.api.data.Samples;

/**
 * A source of the gradient of I(X; Y) with respect to the samples: for a batch of paired rows, an
 * estimate of dI/dx_i and dI/dy_i. A critic trained under a variational bound gives it by the chain
 * rule through its scores (MINE, Belghazi et al. 2018); MIGE estimates it without a critic from
 * score functions (Wen et al. 2020). A model with an MI term in its loss receives it through the
 * chain rule into its own parameters, whichever source made it.
 *
 * <p>Typical use in a training loop: {@code fit(batch, k)} to adapt to the current distribution (k
 * critic steps; nothing for a critic-free source), then {@code gradient(batch)}. Not thread-safe;
 * deterministic under the seed it was made with.
 */
public interface MutualInformationGradient {
  /** The estimator's name, e.g. {@code mine}. */
  String name();

  int dimX();

  int dimY();

  /**
   * Adapts the source to the distribution of {@code batch}: {@code steps} optimisation steps of a
   * critic on it; a source without trained state does nothing.
   */
  void fit(Samples batch, int steps);

  /**
   * dI/dx_i and dI/dy_i at every row of {@code batch}. Changes no trained state (a critic's
   * weights, a moving average), though it may draw random negatives.
   */
  SampleGradient gradient(Samples batch);
}
