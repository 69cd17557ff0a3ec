package org.mine4j.estimators.nonparametric.internal;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * Range counts on one coordinate by binary search in the sorted values: how many values v_j satisfy
 * |v_j − v| &lt; r (or &le; r). The marginal counts of the KSG estimator (Kraskov et al. 2004) for
 * a 1-D X or Y, in O(log n) per query.
 *
 * <p>Exact with the same arithmetic as {@link KdTree}: the computed |v_j − v| is non-increasing and
 * then non-decreasing along the sorted values (floating-point subtraction is monotone), so the
 * values that qualify are one contiguous run, found by two binary searches on the computed distance
 * itself rather than on v ± r (which would round differently).
 */
public final class SortedCounts {
  private final double[] sorted;

  /** Sorts a copy of {@code values}. */
  public SortedCounts(double[] values) {
    requireNonNull(values, "values is null");
    sorted = values.clone();
    Arrays.sort(sorted);
  }

  /**
   * How many values (v itself included, if present and it qualifies) lie at distance {@code <
   * radius} from {@code v}, or {@code <= radius} when {@code inclusive}. {@code v} must be one of
   * the values.
   */
  public int count(double v, double radius, boolean inclusive) {
    if (!within(0.0, radius, inclusive)) {
      return 0;
    }
    int at = Arrays.binarySearch(sorted, v);
    if (at < 0) {
      throw new IllegalArgumentException("the query " + v + " is not one of the values");
    }
    // First index in [0, at] whose distance qualifies: qualification is false...true there.
    int lo = 0;
    int hi = at;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (within(Math.abs(sorted[mid] - v), radius, inclusive)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    int first = lo;
    // Last index in [at, n - 1] whose distance qualifies: true...false there.
    lo = at;
    hi = sorted.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (within(Math.abs(sorted[mid] - v), radius, inclusive)) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo - first + 1;
  }

  private static boolean within(double distance, double radius, boolean inclusive) {
    return inclusive ? distance <= radius : distance < radius;
  }
}
