package org.mine4j.datasets.gaussian;

import java.util.Map;
import org.mine4j.datasets.internal.SplitNormal;

/**
 * The sparse "2-pair" Gaussian of Czyż et al. 2023 ("Beyond normal", bmi's {@code
 * multinormal-sparse-*-2-2.0}): unit-variance (X, Y) ~ N(0, Σ) in which only (x_0, y_0) and (x_1,
 * y_1) are correlated, with correlation ρ; every other coordinate is independent noise. Exact
 * I(X;Y) = −ln(1 − ρ²) = 1.0217 nats at ρ = 0.8, in any dimension (SPEC §4): the signal hides in
 * two of dx + dy coordinates.
 */
public final class SparseGaussianDataset extends SplitGaussianBase {
  private final SparseGaussianOptions options;

  public SparseGaussianDataset(SparseGaussianOptions options) {
    super(new SplitNormal(options.dimX(), options.dimY(), options.covariance()));
    this.options = options;
  }

  /** The typed options. */
  public SparseGaussianOptions sparseOptions() {
    return options;
  }

  @Override
  double exactMutualInformation() {
    return options.mutualInformation();
  }

  @Override
  public String name() {
    return SparseGaussianFactory.NAME;
  }

  @Override
  public Map<String, String> options() {
    return options.toProperties();
  }
}
