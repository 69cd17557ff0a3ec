package org.mine4j.estimators.nonparametric.internal;

import static java.util.Objects.requireNonNull;

/**
 * A k-d tree (Bentley 1975) over n points in R^d under the max-norm ‖a − b‖∞ = max_c |a_c − b_c|,
 * answering the two queries of the KSG estimator (Kraskov et al. 2004): the k nearest neighbours of
 * one of its own points, and how many of its points lie within a radius of one of them.
 *
 * <p>Exact, not approximate: a node is pruned or counted whole only from its bounding box, whose
 * per-coordinate distances are computed with the same floating-point subtraction as a point's, and
 * floating-point subtraction is monotone, so the box distances bound every point's computed
 * distance. Neighbours are ordered by (distance, row index), so ties have one answer. Building
 * takes O(n log n); a query on well-spread data in low dimension takes O(log n) plus the points it
 * reports. Immutable after construction; queries allocate nothing but are not thread-safe only in
 * their caller-supplied buffers.
 */
public final class KdTree {
  private static final int LEAF_SIZE = 16;

  private final int n;
  private final int dim;
  private final double[] points; // row-major, by row index
  private final int[] order; // tree position -> row index
  private final double[] ordered; // row-major, by tree position
  private final int[] start;
  private final int[] end;
  private final int[] left; // -1 for a leaf
  private final int[] right;
  private final double[] low; // per node, dim values
  private final double[] high;
  private int nodes;

  /**
   * Builds the tree over {@code n} points, row-major in {@code points} ({@code n * dim} values, not
   * copied: do not change them while the tree is in use).
   */
  public KdTree(double[] points, int n, int dim) {
    requireNonNull(points, "points is null");
    if (n < 1 || dim < 1 || points.length != (long) n * dim) {
      throw new IllegalArgumentException(
          "need n >= 1, dim >= 1 and n * dim values, found n="
              + n
              + " dim="
              + dim
              + " values="
              + points.length);
    }
    this.n = n;
    this.dim = dim;
    this.points = points;
    this.order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // Leaves hold at least LEAF_SIZE / 2 points (or all n), so there are at most 2n / 8 + 1 leaves.
    int capacity = 2 * (n / (LEAF_SIZE / 2) + 1) + 1;
    start = new int[capacity];
    end = new int[capacity];
    left = new int[capacity];
    right = new int[capacity];
    low = new double[capacity * dim];
    high = new double[capacity * dim];
    build(0, n);
    ordered = new double[n * dim];
    for (int p = 0; p < n; p++) {
      System.arraycopy(points, order[p] * dim, ordered, p * dim, dim);
    }
  }

  /** The number of points. */
  public int size() {
    return n;
  }

  /** The dimension. */
  public int dimension() {
    return dim;
  }

  /**
   * The row indices in the tree's leaf order: neighbouring rows in it are close in space, so
   * querying in this order keeps the tree's memory hot in the cache (a copy).
   */
  public int[] rowsInTreeOrder() {
    return order.clone();
  }

  /** ‖point a − point b‖∞, by row index. */
  public double distance(int a, int b) {
    double max = 0;
    int oa = a * dim;
    int ob = b * dim;
    for (int c = 0; c < dim; c++) {
      double d = Math.abs(points[oa + c] - points[ob + c]);
      if (d > max) {
        max = d;
      }
    }
    return max;
  }

  /**
   * The k nearest neighbours of row {@code row}, itself excluded, nearest first (ties by row
   * index).
   *
   * @param indices receives k row indices
   * @param distances receives their k distances
   */
  public void nearest(int row, int k, int[] indices, double[] distances) {
    if (k < 1 || k >= n) {
      throw new IllegalArgumentException(
          "k must be in [1, n - 1] = [1, " + (n - 1) + "], found " + k);
    }
    java.util.Arrays.fill(distances, 0, k, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(indices, 0, k, Integer.MAX_VALUE);
    search(0, row * dim, row, k, indices, distances);
  }

  /**
   * How many points (row {@code row} itself included, if it qualifies) lie at distance {@code <
   * radius} from row {@code row}, or {@code <= radius} when {@code inclusive}.
   */
  public int count(int row, double radius, boolean inclusive) {
    return count(0, row * dim, radius, inclusive);
  }

  private int build(int from, int to) {
    int node = nodes++;
    start[node] = from;
    end[node] = to;
    int box = node * dim;
    for (int c = 0; c < dim; c++) {
      low[box + c] = Double.POSITIVE_INFINITY;
      high[box + c] = Double.NEGATIVE_INFINITY;
    }
    for (int p = from; p < to; p++) {
      int o = order[p] * dim;
      for (int c = 0; c < dim; c++) {
        double v = points[o + c];
        if (v < low[box + c]) {
          low[box + c] = v;
        }
        if (v > high[box + c]) {
          high[box + c] = v;
        }
      }
    }
    if (to - from <= LEAF_SIZE) {
      left[node] = -1;
      right[node] = -1;
      return node;
    }
    int split = 0;
    double widest = -1;
    for (int c = 0; c < dim; c++) {
      double width = high[box + c] - low[box + c];
      if (width > widest) {
        widest = width;
        split = c;
      }
    }
    int middle = (from + to) >>> 1;
    select(from, to - 1, middle, split);
    left[node] = build(from, middle);
    right[node] = build(middle, to);
    return node;
  }

  /** Rearranges order[lo..hi] so that position k holds the k-th smallest in coordinate c. */
  private void select(int lo, int hi, int k, int c) {
    while (hi > lo) {
      double pivot = points[order[(lo + hi) >>> 1] * dim + c];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (points[order[i] * dim + c] < pivot) {
          i++;
        }
        while (points[order[j] * dim + c] > pivot) {
          j--;
        }
        if (i <= j) {
          int t = order[i];
          order[i] = order[j];
          order[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return;
      }
    }
  }

  /** The smallest computed distance from the query to the node's box (a lower bound). */
  private double boxMin(int node, int q) {
    int box = node * dim;
    double max = 0;
    for (int c = 0; c < dim; c++) {
      double v = points[q + c];
      double d;
      if (v < low[box + c]) {
        d = low[box + c] - v;
      } else if (v > high[box + c]) {
        d = v - high[box + c];
      } else {
        continue;
      }
      if (d > max) {
        max = d;
      }
    }
    return max;
  }

  /**
   * The largest computed distance from the query to a corner of the node's box (an upper bound).
   */
  private double boxMax(int node, int q) {
    int box = node * dim;
    double max = 0;
    for (int c = 0; c < dim; c++) {
      double v = points[q + c];
      double d = Math.max(Math.abs(low[box + c] - v), Math.abs(high[box + c] - v));
      if (d > max) {
        max = d;
      }
    }
    return max;
  }

  private void search(int node, int q, int self, int k, int[] indices, double[] distances) {
    if (left[node] < 0) {
      for (int p = start[node]; p < end[node]; p++) {
        int row = order[p];
        if (row == self) {
          continue;
        }
        // Stop summing coordinates once the point is certainly out (worse than the k-th best).
        double worst = distances[k - 1];
        double d = 0;
        int o = p * dim;
        for (int c = 0; c < dim && d <= worst; c++) {
          double e = Math.abs(ordered[o + c] - points[q + c]);
          if (e > d) {
            d = e;
          }
        }
        if (d <= worst) {
          offer(row, d, k, indices, distances);
        }
      }
      return;
    }
    int a = left[node];
    int b = right[node];
    double da = boxMin(a, q);
    double db = boxMin(b, q);
    if (db < da) {
      int t = a;
      a = b;
      b = t;
      double s = da;
      da = db;
      db = s;
    }
    if (da <= distances[k - 1]) {
      search(a, q, self, k, indices, distances);
    }
    if (db <= distances[k - 1]) {
      search(b, q, self, k, indices, distances);
    }
  }

  /** Inserts (row, d) into the sorted k-best lists if it beats the worst by (distance, row). */
  private static void offer(int row, double d, int k, int[] indices, double[] distances) {
    int last = k - 1;
    if (d > distances[last] || (d == distances[last] && row > indices[last])) {
      return;
    }
    int i = last;
    while (i > 0 && (distances[i - 1] > d || (distances[i - 1] == d && indices[i - 1] > row))) {
      distances[i] = distances[i - 1];
      indices[i] = indices[i - 1];
      i--;
    }
    distances[i] = d;
    indices[i] = row;
  }

  private int count(int node, int q, double radius, boolean inclusive) {
    double min = boxMin(node, q);
    if (inclusive ? min > radius : min >= radius) {
      return 0;
    }
    double max = boxMax(node, q);
    if (inclusive ? max <= radius : max < radius) {
      return end[node] - start[node];
    }
    if (left[node] < 0) {
      int count = 0;
      for (int p = start[node]; p < end[node]; p++) {
        // Stop at the first coordinate that puts the point out of range.
        boolean in = true;
        int o = p * dim;
        for (int c = 0; c < dim && in; c++) {
          double e = Math.abs(ordered[o + c] - points[q + c]);
          in = inclusive ? e <= radius : e < radius;
        }
        if (in) {
          count++;
        }
      }
      return count;
    }
    return count(left[node], q, radius, inclusive) + count(right[node], q, radius, inclusive);
  }
}
