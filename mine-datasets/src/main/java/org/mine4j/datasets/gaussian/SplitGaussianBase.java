package org.mine4j.datasets.gaussian;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.mine4j.api.data.Sampler;
import org.mine4j.api.data.Samples;
import org.mine4j.datasets.internal.RowSampler;
import org.mine4j.datasets.internal.SplitNormal;
import org.mine4j.datasets.internal.StandardNormal;
import org.mine4j.datasets.truth.KnownDensityRatio;

/**
 * What the Gaussian generators share: (X, Y) ~ N(0, Σ) drawn as L·ε with Σ = LLᵀ (Cholesky) and ε
 * i.i.d. N(0, 1) from one seeded {@link SplittableRandom}, the exact log density ratio, and the
 * dimensions. Subclasses give Σ, their name and options, and may give the MI in closed form.
 */
abstract class SplitGaussianBase implements KnownDensityRatio {
  private final SplitNormal normal;

  SplitGaussianBase(SplitNormal normal) {
    this.normal = requireNonNull(normal, "normal is null");
  }

  /** The exact I(X;Y); by default ½[ln det Σ_XX + ln det Σ_YY − ln det Σ] from the factors. */
  double exactMutualInformation() {
    return normal.mutualInformation();
  }

  @Override
  public final int dimX() {
    return normal.dimX();
  }

  @Override
  public final int dimY() {
    return normal.dimY();
  }

  @Override
  public final OptionalDouble trueMutualInformation() {
    return OptionalDouble.of(exactMutualInformation());
  }

  @Override
  public final OptionalInt size() {
    return OptionalInt.empty();
  }

  @Override
  public final Sampler sampler(long seed) {
    StandardNormal draws = new StandardNormal(new SplittableRandom(seed));
    return new RowSampler(dimX(), dimY(), z -> normal.sample(draws, z));
  }

  /**
   * log N(x, y; 0, Σ) − log N(x; 0, Σ_XX) − log N(y; 0, Σ_YY) = I_0 − ½[zᵀΣ⁻¹z − xᵀΣ_XX⁻¹x −
   * yᵀΣ_YY⁻¹y], I_0 = ½[ln det Σ_XX + ln det Σ_YY − ln det Σ].
   */
  @Override
  public final double logDensityRatio(Samples samples, int row) {
    return normal.logDensityRatio(RowSampler.row(samples, row, dimX(), dimY()));
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + options();
  }
}
