package org.mine4j.datasets.transform;

import org.mine4j.api.data.Samples;
import org.mine4j.datasets.truth.KnownDensityRatio;

/**
 * A {@link TransformedDataset} of a {@link KnownDensityRatio} base, itself one: for invertible f, g
 * the density of (U, V) = (f(X), g(Y)) is p(f⁻¹u, g⁻¹v)·|J_f⁻¹(u)|·|J_g⁻¹(v)| and the marginals
 * carry the same Jacobians, so log p(u, v)/(p(u)p(v)) = log p(x, y)/(p(x)p(y)) at (x, y) = (f⁻¹u,
 * g⁻¹v). The point is mapped back in double and handed to the base as float32, the precision of the
 * stored samples.
 */
public final class TransformedDensityRatio extends TransformedDataset implements KnownDensityRatio {
  private final KnownDensityRatio base;

  TransformedDensityRatio(KnownDensityRatio base, TransformChain x, TransformChain y) {
    super(base, x, y);
    this.base = base;
  }

  @Override
  public double logDensityRatio(Samples samples, int row) {
    if (samples.dimX() != dimX() || samples.dimY() != dimY()) {
      throw new IllegalArgumentException(
          "samples have dimX="
              + samples.dimX()
              + ", dimY="
              + samples.dimY()
              + " but this dataset has dim-x="
              + dimX()
              + ", dim-y="
              + dimY());
    }
    float[] xs = new float[base.dimX()];
    float[] ys = new float[base.dimY()];
    Rows.store(xTransform().inverse(Rows.x(samples, row)), xs, 0);
    Rows.store(yTransform().inverse(Rows.y(samples, row)), ys, 0);
    return base.logDensityRatio(Samples.ofRowMajor(xs, ys, 1, base.dimX(), base.dimY()), 0);
  }
}
