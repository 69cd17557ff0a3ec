package org.mine4j.datasets.gaussian;

import java.util.Map;
import org.mine4j.datasets.internal.SplitNormal;

/**
 * The dense Gaussian of Czyż et al. 2023 ("Beyond normal", bmi's {@code multinormal-dense-*}): (X,
 * Y) ~ N(0, Σ) over dx + dy coordinates with unit variances and every off-diagonal correlation
 * equal to a. Exact I(X;Y) = ½[ln D(dx) + ln D(dy) − ln D(dx + dy)], D(n) = (1 − a)^{n−1}(1 + (n −
 * 1)a) (SPEC §4). Many weak interactions: a hard case for estimators that look at pairs only.
 */
public final class DenseGaussianDataset extends SplitGaussianBase {
  private final DenseGaussianOptions options;

  public DenseGaussianDataset(DenseGaussianOptions options) {
    super(new SplitNormal(options.dimX(), options.dimY(), options.covariance()));
    this.options = options;
  }

  /** The typed options. */
  public DenseGaussianOptions denseOptions() {
    return options;
  }

  @Override
  double exactMutualInformation() {
    return options.mutualInformation();
  }

  @Override
  public String name() {
    return DenseGaussianFactory.NAME;
  }

  @Override
  public Map<String, String> options() {
    return options.toProperties();
  }
}
