package org.mine4j.bench.experiments;

import static java.util.Objects.requireNonNull;

import java.util.SplittableRandom;
import org.mine4j.api.data.Samples;
import org.mine4j.api.gradient.MutualInformationGradient;
import org.mine4j.api.gradient.SampleGradient;

/**
 * A gradient source for I(z + σε; partner) instead of I(z; partner): Gaussian noise of standard
 * deviation σ is added to the x side of every batch before the wrapped source sees it. For a
 * deterministic encoder z = E(x), I(x; E(x)) is infinite and its gradient meaningless; through a
 * noisy channel it is finite (Linsker's InfoMax), and since the noise is additive, dI/d(z + σε) is
 * dI/dz. Each call draws fresh noise from the seeded generator. Not thread-safe.
 */
final class NoisyChannel implements MutualInformationGradient {
  private final MutualInformationGradient source;
  private final double sigma;
  private final SplittableRandom random;

  NoisyChannel(MutualInformationGradient source, double sigma, long seed) {
    this.source = requireNonNull(source, "source is null");
    this.sigma = sigma;
    this.random = new SplittableRandom(seed);
  }

  @Override
  public String name() {
    return source.name();
  }

  @Override
  public int dimX() {
    return source.dimX();
  }

  @Override
  public int dimY() {
    return source.dimY();
  }

  @Override
  public void fit(Samples batch, int steps) {
    if (steps > 0) {
      source.fit(noisy(batch), steps);
    }
  }

  @Override
  public SampleGradient gradient(Samples batch) {
    return source.gradient(noisy(batch));
  }

  private Samples noisy(Samples batch) {
    float[] x = batch.xRowMajor();
    for (int i = 0; i < x.length; i++) {
      x[i] += (float) (sigma * InfoMaxData.normal(random));
    }
    return Samples.ofRowMajor(x, batch.yRowMajor(), batch.rows(), batch.dimX(), batch.dimY());
  }
}
