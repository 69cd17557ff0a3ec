package org.mine4j.estimators.nonparametric;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.Estimator;
import org.mine4j.api.MineException;
import org.mine4j.api.data.ConstantColumns;
import org.mine4j.api.data.Samples;

/**
 * The histogram (binning) plug-in estimate: every column is cut into B equal-width bins between its
 * minimum and maximum, and I = Σ p̂(x, y) ln[p̂(x, y) / (p̂(x) p̂(y))] over the joint cells is the
 * MI of the discretised variables with the observed frequencies (e.g. Moddemeijer 1989).
 *
 * <p>Two biases pull in opposite directions: discretising loses information (down, by data
 * processing), and the plug-in on N rows is biased up by about (K_xy − K_x − K_y + 1)/(2N) for K
 * occupied cells (Miller-Madow); both are reported as a warning. The cells grow as B^(dx+dy), so it
 * refuses more than {@value #MAX_DIMENSIONS} dimensions in all. The 95% interval is Î ± 1.96·√( (Σ
 * p̂ ln² r − Î²)/N), the delta-method standard error of the plug-in (r the cell's ratio).
 */
public final class HistogramEstimator implements Estimator {
  /** The registered name. */
  public static final String NAME = "histogram";

  /** The most dimensions dx + dy it accepts. */
  public static final int MAX_DIMENSIONS = 4;

  private final HistogramOptions options;

  public HistogramEstimator(HistogramOptions options) {
    this.options = requireNonNull(options, "options is null");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<String, String> options() {
    return options.toProperties();
  }

  @Override
  public Estimate estimate(Samples samples, EstimationContext context) {
    requireNonNull(samples, "samples is null");
    requireNonNull(context, "context is null");
    int dx = samples.dimX();
    int dy = samples.dimY();
    if (dx + dy > MAX_DIMENSIONS) {
      throw MineException.invalidData(
          "the histogram estimator handles at most dx + dy = "
              + MAX_DIMENSIONS
              + " dimensions (its cells grow as bins^(dx+dy)), found "
              + dx
              + " + "
              + dy
              + "; use ksg or a neural estimator such as mine or smile instead");
    }
    int n = samples.rows();
    if (n < 2) {
      throw MineException.invalidData("the histogram estimator needs at least 2 rows, found " + n);
    }
    List<String> warnings = new ArrayList<>(ConstantColumns.warnings(samples));
    int bins = options.bins();
    long[] keyX = new long[n];
    long[] keyY = new long[n];
    long[] keyXY = new long[n];
    for (int c = 0; c < dx; c++) {
      addColumn(samples, true, c, bins, keyX);
    }
    for (int c = 0; c < dy; c++) {
      addColumn(samples, false, c, bins, keyY);
    }
    long cellsY = pow(bins, dy);
    for (int i = 0; i < n; i++) {
      keyXY[i] = keyX[i] * cellsY + keyY[i];
    }
    long[] sortedX = keyX.clone();
    long[] sortedY = keyY.clone();
    Arrays.sort(sortedX);
    Arrays.sort(sortedY);
    Integer[] byCell = new Integer[n];
    for (int i = 0; i < n; i++) {
      byCell[i] = i;
    }
    Arrays.sort(byCell, (a, b) -> Long.compare(keyXY[a], keyXY[b]));

    double sum = 0;
    double squares = 0;
    int occupied = 0;
    for (int start = 0; start < n; ) {
      int row = byCell[start];
      int end = start + 1;
      while (end < n && keyXY[byCell[end]] == keyXY[row]) {
        end++;
      }
      double joint = end - start;
      double ratio =
          Math.log(
              joint * n / ((double) runLength(sortedX, keyX[row]) * runLength(sortedY, keyY[row])));
      sum += joint * ratio;
      squares += joint * ratio * ratio;
      occupied++;
      start = end;
    }
    double nats = sum / n;
    double variance = Math.max(0, squares / n - nats * nats);
    double halfWidth = Estimates.Z95 * Math.sqrt(variance / n);
    double bias = (occupied - distinct(sortedX) - distinct(sortedY) + 1) / (2.0 * n);
    warnings.add(
        String.format(
            Locale.ROOT,
            "histogram plug-in: biased up by about %.4f nats from %d rows in %d occupied cells"
                + " (Miller-Madow) and down by the information lost to %d bins per column; use"
                + " ksg for continuous data",
            bias,
            n,
            occupied,
            bins));
    return Estimates.of(
        NAME,
        options(),
        "histogram plug-in MI of the " + bins + "-bin discretisation, not a bound",
        nats,
        nats - halfWidth,
        nats + halfWidth,
        n,
        warnings,
        context);
  }

  /** key = key * bins + bin of column c, bins of equal width between the column's extremes. */
  private static void addColumn(Samples samples, boolean xSide, int c, int bins, long[] key) {
    int n = samples.rows();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      double v = xSide ? samples.xValue(i, c) : samples.yValue(i, c);
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double width = (max - min) / bins;
    for (int i = 0; i < n; i++) {
      double v = xSide ? samples.xValue(i, c) : samples.yValue(i, c);
      int bin = width > 0 ? (int) Math.min(bins - 1, Math.floor((v - min) / width)) : 0;
      key[i] = key[i] * bins + bin;
    }
  }

  private static long pow(int base, int exponent) {
    long result = 1;
    for (int i = 0; i < exponent; i++) {
      result *= base;
    }
    return result;
  }

  /** How many times {@code key} occurs in the sorted array. */
  private static int runLength(long[] sorted, long key) {
    return upperBound(sorted, key) - upperBound(sorted, key - 1);
  }

  /** The first index whose value is greater than {@code key}. */
  private static int upperBound(long[] sorted, long key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int distinct(long[] sorted) {
    int count = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        count++;
      }
    }
    return count;
  }
}
