package org.example.copula;

import java.util.Arrays;
import org.mine4j.api.data.Samples;

/** Ranks with ties averaged, and Pearson's correlation of two rank vectors (Spearman's r_s). */
final class Ranks {
  private Ranks() {}

  /** The 1-based ranks of column 0 of X (or Y), ties given their mean rank. */
  static double[] of(Samples samples, boolean x) {
    int n = samples.rows();
    Integer[] order = new Integer[n];
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
      values[i] = x ? samples.x(i, 0) : samples.y(i, 0);
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    double[] ranks = new double[n];
    int start = 0;
    while (start < n) {
      int end = start;
      while (end + 1 < n && values[order[end + 1]] == values[order[start]]) {
        end++;
      }
      double rank = (start + end) / 2.0 + 1;
      for (int i = start; i <= end; i++) {
        ranks[order[i]] = rank;
      }
      start = end + 1;
    }
    return ranks;
  }

  /** Pearson's correlation; 0 when either vector is constant. */
  static double correlation(double[] a, double[] b) {
    double meanA = Arrays.stream(a).average().orElse(0);
    double meanB = Arrays.stream(b).average().orElse(0);
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      ab += (a[i] - meanA) * (b[i] - meanB);
      aa += (a[i] - meanA) * (a[i] - meanA);
      bb += (b[i] - meanB) * (b[i] - meanB);
    }
    return aa == 0 || bb == 0 ? 0 : ab / Math.sqrt(aa * bb);
  }
}
