package org.mine4j.datasets.truth;

import org.mine4j.api.data.Dataset;
import org.mine4j.api.data.Samples;

/**
 * A dataset whose exact pointwise log density ratio log p(x, y) / (p(x) p(y)) can be evaluated. Its
 * mean under the joint distribution is I(X;Y), so a Monte Carlo average over a large sample checks
 * a closed-form ground truth (and is the ground truth where no closed form exists). It is also the
 * optimal critic of every variational bound (Poole et al. 2019, "On variational bounds of mutual
 * information"), which makes it an exact test of a bound's formula.
 */
public interface KnownDensityRatio extends Dataset {
  /**
   * The exact log p(x, y) / (p(x) p(y)) of row {@code row} of {@code samples}, in nats.
   *
   * @throws IllegalArgumentException if the samples' dimensions are not this dataset's
   */
  double logDensityRatio(Samples samples, int row);
}
