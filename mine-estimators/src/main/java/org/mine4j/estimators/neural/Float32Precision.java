package org.mine4j.estimators.neural;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Samples;

/**
 * What a float32 critic loses of columns it is given unstandardised ({@code standardize=false}):
 * float32 keeps about 7 significant digits (relative spacing 2^-23 = 1.2e-7), holds magnitudes up
 * to 3.4e38 and flushes those below 1.2e-38 towards zero. A column beyond the range is refused; one
 * whose spread is below 1e-5 of its magnitude (timestamps of 1.7e9 varying by 1), or whose values
 * are subnormal in float32, gets a warning that names it and the fix.
 */
final class Float32Precision {
  /** Below this spread-to-magnitude ratio a column keeps fewer than about 100 float32 steps. */
  static final double RELATIVE_SPREAD = 1e-5;

  private Float32Precision() {}

  static List<String> warnings(Samples samples) {
    List<String> warnings = new ArrayList<>();
    for (int c = 0; c < samples.dimX() + samples.dimY(); c++) {
      boolean xSide = c < samples.dimX();
      int col = xSide ? c : c - samples.dimX();
      double largest = 0;
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < samples.rows(); i++) {
        double v = xSide ? samples.xValue(i, col) : samples.yValue(i, col);
        largest = Math.max(largest, Math.abs(v));
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      String name = samples.columnNames().get(c);
      if (largest > Float.MAX_VALUE) {
        throw MineException.invalidData(
            String.format(
                Locale.ROOT,
                "column %s reaches %.3g, beyond the float32 range (3.4e38) the critic computes in;"
                    + " set standardize=true (the default) or rescale the column",
                name,
                largest));
      }
      double spread = max - min;
      if (spread > 0 && spread < RELATIVE_SPREAD * largest) {
        warnings.add(
            String.format(
                Locale.ROOT,
                "column %s spans %.3g around %.6g: float32 resolves only %.2g steps of it without"
                    + " standardisation; set standardize=true (the default) or subtract the offset",
                name,
                spread,
                max,
                spread / Math.ulp((float) largest)));
      } else if (largest > 0 && largest < Float.MIN_NORMAL) {
        warnings.add(
            String.format(
                Locale.ROOT,
                "column %s is at most %.3g, below the float32 normal range (1.2e-38), where the"
                    + " critic loses its digits; set standardize=true (the default) or rescale it",
                name,
                largest));
      }
    }
    return warnings;
  }
}
