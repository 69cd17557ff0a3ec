package org.mine4j.estimators.nonparametric.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The k-d tree and sorted-array counts against an O(N²) brute force that applies the KSG
 * definitions literally: the neighbour counts must be identical, not close.
 */
class KsgNeighboursTest {
  /**
   * Brute-force KSG counts: the k nearest other rows by (joint distance, index) by selection, then
   * the counts by definition over all rows.
   */
  static int[][] bruteForce(
      double[] x, int dx, double[] y, int dy, int n, int k, boolean algorithmTwo) {
    int[] countX = new int[n];
    int[] countY = new int[n];
    double[] joint = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        joint[j] = Math.max(distance(x, dx, i, j), distance(y, dy, i, j));
      }
      int[] nearest = smallest(joint, i, k);
      double radiusX;
      double radiusY;
      if (algorithmTwo) {
        radiusX = 0;
        radiusY = 0;
        for (int j : nearest) {
          radiusX = Math.max(radiusX, distance(x, dx, i, j));
          radiusY = Math.max(radiusY, distance(y, dy, i, j));
        }
      } else {
        radiusX = joint[nearest[k - 1]];
        radiusY = radiusX;
      }
      for (int j = 0; j < n; j++) {
        if (j == i) {
          continue;
        }
        double ex = distance(x, dx, i, j);
        double ey = distance(y, dy, i, j);
        if (algorithmTwo ? ex <= radiusX : ex < radiusX) {
          countX[i]++;
        }
        if (algorithmTwo ? ey <= radiusY : ey < radiusY) {
          countY[i]++;
        }
      }
    }
    return new int[][] {countX, countY};
  }

  /** The k indices other than {@code self} with the smallest (distance, index), in that order. */
  static int[] smallest(double[] distances, int self, int k) {
    int[] chosen = new int[k];
    int previous = -1;
    for (int m = 0; m < k; m++) {
      int best = -1;
      for (int j = 0; j < distances.length; j++) {
        if (j == self || (previous >= 0 && !after(distances, j, previous))) {
          continue;
        }
        if (best < 0 || after(distances, best, j)) {
          best = j;
        }
      }
      chosen[m] = best;
      previous = best;
    }
    return chosen;
  }

  /** Whether (distance, index) of a comes after that of b. */
  private static boolean after(double[] distances, int a, int b) {
    return distances[a] > distances[b] || (distances[a] == distances[b] && a > b);
  }

  private static double distance(double[] v, int dim, int a, int b) {
    double max = 0;
    for (int c = 0; c < dim; c++) {
      max = Math.max(max, Math.abs(v[a * dim + c] - v[b * dim + c]));
    }
    return max;
  }

  /** Continuous data: correlated normals, so no two distances tie. */
  private static double[][] correlated(int n, int dx, int dy, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] x = new double[n * dx];
    double[] y = new double[n * dy];
    Columns.jitter(x, n, dx, 1.0, random);
    Columns.jitter(y, n, dy, 1.0, random);
    for (int i = 0; i < n; i++) {
      y[i * dy] += 2 * x[i * dx];
    }
    return new double[][] {x, y};
  }

  @ParameterizedTest(name = "dx={0} dy={1} k={2}")
  @CsvSource({"1,1,1", "1,1,3", "2,3,3", "1,4,5", "3,1,2", "2,2,10"})
  void treeCountsEqualTheBruteForceOnes(int dx, int dy, int k) {
    int n = 400;
    double[][] data = correlated(n, dx, dy, 31L * dx + 7L * dy + k);
    for (boolean two : new boolean[] {false, true}) {
      KsgNeighbours fast = KsgNeighbours.compute(data[0], dx, data[1], dy, n, k, two);
      int[][] slow = bruteForce(data[0], dx, data[1], dy, n, k, two);
      assertThat(fast.countX()).as("n_x, algorithm %s", two ? 2 : 1).isEqualTo(slow[0]);
      assertThat(fast.countY()).as("n_y, algorithm %s", two ? 2 : 1).isEqualTo(slow[1]);
      assertThat(fast.duplicateRows()).isZero();
    }
  }

  @Test
  void tiesOnAGridGiveTheBruteForceCountsToo() {
    // Small integers: many equal distances and duplicate rows. Both sides order neighbours by
    // (distance, row index), so even ties have one answer.
    int n = 400;
    int dx = 2;
    int dy = 1;
    SplittableRandom random = new SplittableRandom(3);
    double[] x = new double[n * dx];
    double[] y = new double[n * dy];
    for (int i = 0; i < x.length; i++) {
      x[i] = random.nextInt(6);
    }
    for (int i = 0; i < n; i++) {
      y[i] = x[i * dx] + random.nextInt(3);
    }
    for (int k : new int[] {1, 3, 8}) {
      for (boolean two : new boolean[] {false, true}) {
        KsgNeighbours fast = KsgNeighbours.compute(x, dx, y, dy, n, k, two);
        int[][] slow = bruteForce(x, dx, y, dy, n, k, two);
        assertThat(fast.countX()).as("n_x k=%s two=%s", k, two).isEqualTo(slow[0]);
        assertThat(fast.countY()).as("n_y k=%s two=%s", k, two).isEqualTo(slow[1]);
      }
    }
    assertThat(KsgNeighbours.compute(x, dx, y, dy, n, 3, false).duplicateRows()).isPositive();
  }

  @Test
  void nearestNeighboursAndRangeCountsMatchALinearScan() {
    int n = 2000;
    int dim = 3;
    double[] points = new double[n * dim];
    Columns.jitter(points, n, dim, 1.0, new SplittableRandom(9));
    KdTree tree = new KdTree(points, n, dim);
    int[] indices = new int[5];
    double[] distances = new double[5];
    for (int i = 0; i < n; i += 37) {
      tree.nearest(i, 5, indices, distances);
      double[] all = new double[n];
      for (int j = 0; j < n; j++) {
        all[j] = tree.distance(i, j);
      }
      int[] expected = smallest(all, i, 5);
      for (int m = 0; m < 5; m++) {
        assertThat(indices[m]).isEqualTo(expected[m]);
        assertThat(distances[m]).isEqualTo(all[expected[m]]);
      }
      double radius = distances[4];
      int strict = 0;
      int inclusive = 0;
      for (int j = 0; j < n; j++) {
        double d = tree.distance(i, j);
        strict += d < radius ? 1 : 0;
        inclusive += d <= radius ? 1 : 0;
      }
      assertThat(tree.count(i, radius, false)).isEqualTo(strict);
      assertThat(tree.count(i, radius, true)).isEqualTo(inclusive);
      assertThat(tree.count(i, 10.0, false)).isEqualTo(n);
      assertThat(tree.count(i, 0.0, false)).isZero();
    }
  }

  @Test
  void sortedCountsMatchALinearScanIncludingTies() {
    SplittableRandom random = new SplittableRandom(4);
    double[] values = new double[500];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextInt(40) * 0.1; // 0.1 steps: ties and inexact sums
    }
    SortedCounts counts = new SortedCounts(values);
    for (double v : values) {
      for (double radius : new double[] {0.0, 0.1, 0.3, 0.30000000000000004, 1.7}) {
        int strict = 0;
        int inclusive = 0;
        for (double w : values) {
          strict += Math.abs(w - v) < radius ? 1 : 0;
          inclusive += Math.abs(w - v) <= radius ? 1 : 0;
        }
        assertThat(counts.count(v, radius, false)).isEqualTo(strict);
        assertThat(counts.count(v, radius, true)).isEqualTo(inclusive);
      }
    }
  }
}
