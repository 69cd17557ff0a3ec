package org.mine4j.estimators.training;

import java.util.SplittableRandom;

/** Seeded Fisher-Yates permutations. */
public final class Permutations {
  private Permutations() {}

  /** A uniformly random permutation of 0..n-1. */
  public static int[] random(int n, SplittableRandom random) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    shuffle(p, random);
    return p;
  }

  /** Shuffles {@code values} in place. */
  public static void shuffle(int[] values, SplittableRandom random) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
  }
}
