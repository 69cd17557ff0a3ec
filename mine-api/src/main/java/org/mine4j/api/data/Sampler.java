package org.mine4j.api.data;

/**
 * A seeded stream of paired samples from one {@link Dataset}. A generator gives fresh i.i.d. rows
 * on every call; a finite dataset (a file) gives its rows in a seeded random order, reshuffling
 * after each pass. Not thread-safe: one sampler per training run.
 */
public interface Sampler {
  /** The next {@code n} paired rows. */
  Samples next(int n);
}
