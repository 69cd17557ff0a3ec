package org.mine4j.bench.staircase;

import static java.util.Objects.requireNonNull;

import java.util.SplittableRandom;
import org.mine4j.api.data.Samples;
import org.mine4j.estimators.training.BatchSource;

/**
 * Fresh batches of the staircase: at step s, K new rows of x ~ N(0, I_d), y = ρ(s) x + √(1−ρ(s)²) ε
 * with ρ(s) giving the level's MI (and y cubed in the cubic variant). Normal deviates by the polar
 * method from one seeded {@link SplittableRandom}, so a seed fixes every batch.
 */
final class StaircaseBatches implements BatchSource {
  private final StaircaseProtocol protocol;
  private final SplittableRandom random;
  private double spare = Double.NaN;

  StaircaseBatches(StaircaseProtocol protocol, long seed) {
    this.protocol = requireNonNull(protocol, "protocol is null");
    this.random = new SplittableRandom(seed);
  }

  @Override
  public Samples next(long step) {
    int k = protocol.batchSize();
    int d = protocol.dim();
    double rho = protocol.rhoFor(protocol.trueMiAt(step));
    double noise = Math.sqrt(1 - rho * rho);
    float[] x = new float[k * d];
    float[] y = new float[k * d];
    for (int i = 0; i < k * d; i++) {
      double xi = normal();
      double yi = rho * xi + noise * normal();
      x[i] = (float) xi;
      y[i] = (float) (protocol.cubic() ? yi * yi * yi : yi);
    }
    return Samples.ofRowMajor(x, y, k, d, d);
  }

  private double normal() {
    if (!Double.isNaN(spare)) {
      double value = spare;
      spare = Double.NaN;
      return value;
    }
    double u;
    double v;
    double s;
    do {
      u = 2 * random.nextDouble() - 1;
      v = 2 * random.nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    double factor = Math.sqrt(-2 * Math.log(s) / s);
    spare = v * factor;
    return u * factor;
  }
}
