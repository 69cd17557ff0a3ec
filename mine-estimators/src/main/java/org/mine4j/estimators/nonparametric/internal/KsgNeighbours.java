package org.mine4j.estimators.nonparametric.internal;

import static java.util.Objects.requireNonNull;

/**
 * The neighbour counts of the KSG estimators (Kraskov, Stögbauer &amp; Grassberger 2004), for every
 * row i, with the max-norm inside each space and max(‖·‖_x, ‖·‖_y) in the joint space:
 *
 * <ul>
 *   <li>algorithm 1: ε_i = distance to the k-th joint neighbour; n_x(i) = #{j ≠ i : ‖x_j − x_i‖
 *       &lt; ε_i}, n_y likewise;
 *   <li>algorithm 2: ε_x(i), ε_y(i) = the largest x- and y-distances among the k joint neighbours;
 *       n_x(i) = #{j ≠ i : ‖x_j − x_i‖ &le; ε_x(i)}, n_y likewise.
 * </ul>
 *
 * The k-NN search runs in a {@link KdTree} over (x, y); the marginal counts in a {@link KdTree} per
 * side, or {@link SortedCounts} for a 1-D side: O(N log N) overall in low dimension.
 *
 * @param countX n_x(i) per row, the row itself excluded
 * @param countY n_y(i) per row, the row itself excluded
 * @param duplicateRows rows whose k-th joint neighbour is at distance 0 (k or more exact copies),
 *     where the counts degenerate; tie-breaking jitter avoids them
 */
public record KsgNeighbours(int[] countX, int[] countY, int duplicateRows) {
  public KsgNeighbours {
    requireNonNull(countX, "countX is null");
    requireNonNull(countY, "countY is null");
  }

  /**
   * Counts for n rows of X (row-major, dx columns) and Y (dy columns).
   *
   * @param algorithmTwo false for algorithm 1 (strictly within ε_i), true for algorithm 2 (within
   *     or on ε_x(i), ε_y(i))
   */
  public static KsgNeighbours compute(
      double[] x, int dx, double[] y, int dy, int n, int k, boolean algorithmTwo) {
    requireNonNull(x, "x is null");
    requireNonNull(y, "y is null");
    if (k < 1 || k >= n) {
      throw new IllegalArgumentException("need 1 <= k < n, found k=" + k + " n=" + n);
    }
    int dz = dx + dy;
    double[] z = new double[n * dz];
    for (int i = 0; i < n; i++) {
      System.arraycopy(x, i * dx, z, i * dz, dx);
      System.arraycopy(y, i * dy, z, i * dz + dx, dy);
    }
    KdTree joint = new KdTree(z, n, dz);
    Marginal mx = Marginal.of(x, n, dx);
    Marginal my = Marginal.of(y, n, dy);
    int[] countX = new int[n];
    int[] countY = new int[n];
    int[] neighbours = new int[k];
    double[] distances = new double[k];
    boolean inclusive = algorithmTwo;
    int duplicateRows = 0;
    // Rows in the joint tree's leaf order: consecutive queries touch the same memory (at N = 1e5
    // this is about twice as fast as row order).
    for (int i : joint.rowsInTreeOrder()) {
      joint.nearest(i, k, neighbours, distances);
      if (distances[k - 1] == 0.0) {
        duplicateRows++;
      }
      double radiusX;
      double radiusY;
      if (algorithmTwo) {
        radiusX = 0;
        radiusY = 0;
        for (int j = 0; j < k; j++) {
          radiusX = Math.max(radiusX, mx.distance(i, neighbours[j]));
          radiusY = Math.max(radiusY, my.distance(i, neighbours[j]));
        }
      } else {
        radiusX = distances[k - 1];
        radiusY = distances[k - 1];
      }
      countX[i] = mx.countOthers(i, radiusX, inclusive);
      countY[i] = my.countOthers(i, radiusY, inclusive);
    }
    return new KsgNeighbours(countX, countY, duplicateRows);
  }

  /** Range counts in one marginal space. */
  private static final class Marginal {
    private final double[] values;
    private final int dim;
    private final KdTree tree;
    private final SortedCounts sorted;

    private Marginal(double[] values, int dim, KdTree tree, SortedCounts sorted) {
      this.values = values;
      this.dim = dim;
      this.tree = tree;
      this.sorted = sorted;
    }

    static Marginal of(double[] values, int n, int dim) {
      return dim == 1
          ? new Marginal(values, 1, null, new SortedCounts(values))
          : new Marginal(values, dim, new KdTree(values, n, dim), null);
    }

    double distance(int a, int b) {
      double max = 0;
      for (int c = 0; c < dim; c++) {
        max = Math.max(max, Math.abs(values[a * dim + c] - values[b * dim + c]));
      }
      return max;
    }

    /** Points other than row i within the radius. */
    int countOthers(int i, double radius, boolean inclusive) {
      int all =
          sorted != null
              ? sorted.count(values[i], radius, inclusive)
              : tree.count(i, radius, inclusive);
      boolean selfCounted = inclusive ? 0.0 <= radius : 0.0 < radius;
      return selfCounted ? all - 1 : all;
    }
  }
}
