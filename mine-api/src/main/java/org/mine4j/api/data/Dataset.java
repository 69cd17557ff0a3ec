package org.mine4j.api.data;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A source of paired samples (X, Y) and, where it is known in closed form, their exact mutual
 * information I(X;Y) in nats. Synthetic tasks are generators (any number of fresh samples); real
 * data is finite ({@link #size()}).
 *
 * <p>Implementations are immutable and created by a {@link org.mine4j.api.spi.DatasetFactory} from
 * validated options.
 */
public interface Dataset {
  /** The registered name of the factory that made it (e.g. {@code correlated-gaussian}). */
  String name();

  /** The options it was made with, as flat kebab-case properties (for provenance). */
  Map<String, String> options();

  int dimX();

  int dimY();

  /** The exact I(X;Y) in nats, if known. */
  OptionalDouble trueMutualInformation();

  /** The number of rows of a finite dataset; empty for a generator. */
  OptionalInt size();

  /** A seeded stream of samples: the same seed gives the same rows. */
  Sampler sampler(long seed);

  /**
   * {@code n} rows drawn with {@code seed}: fresh i.i.d. rows from a generator, or the first {@code
   * n} rows of a seeded shuffle of a finite dataset (n at most its size).
   */
  default Samples sample(int n, long seed) {
    return sampler(seed).next(n);
  }
}
