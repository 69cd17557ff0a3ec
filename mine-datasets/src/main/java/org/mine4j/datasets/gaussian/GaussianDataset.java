package org.mine4j.datasets.gaussian;

import java.util.Map;
import org.mine4j.datasets.internal.SplitNormal;

/**
 * The jointly Gaussian pair with a given covariance: (X, Y) ~ N(0, Σ), X the first dx coordinates.
 * Exact I(X;Y) = ½[ln det Σ_XX + ln det Σ_YY − ln det Σ] (Cover &amp; Thomas, ch. 8; SPEC §4), the
 * determinants from Cholesky factors; sampled as L·ε with Σ = LLᵀ. The general case behind the
 * dense, sparse and componentwise tasks of Czyż et al. 2023 and the MINE paper.
 */
public final class GaussianDataset extends SplitGaussianBase {
  private final GaussianOptions options;

  public GaussianDataset(GaussianOptions options) {
    super(new SplitNormal(options.dimX(), options.dimY(), options.covariance()));
    this.options = options;
  }

  /** The typed options. */
  public GaussianOptions gaussianOptions() {
    return options;
  }

  @Override
  public String name() {
    return GaussianFactory.NAME;
  }

  @Override
  public Map<String, String> options() {
    return options.toProperties();
  }
}
