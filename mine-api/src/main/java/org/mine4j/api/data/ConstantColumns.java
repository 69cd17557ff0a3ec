package org.mine4j.api.data;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.mine4j.api.MineException;

/**
 * Finds the columns of {@link Samples} that hold one value only. A constant carries no information:
 * if every column of X (or of Y) is constant, I(X;Y) = 0 exactly and an estimator could only report
 * noise around it (KSG on 2,000 copies of one row gives a "significant" −0.03), so {@link
 * #requireVarying} refuses such data naming the columns; a constant column beside varying ones is
 * harmless to most estimators and only worth a warning.
 */
public final class ConstantColumns {
  private ConstantColumns() {}

  /**
   * Refuses samples whose X or Y columns are all constant.
   *
   * @param estimator the estimator's name, for the message
   * @return one warning per constant column (empty if there is none)
   * @throws MineException INVALID_DATA naming the constant columns and their value
   */
  public static List<String> requireVarying(Samples samples, String estimator) {
    requireNonNull(samples, "samples is null");
    requireNonNull(estimator, "estimator is null");
    List<String> constantX = constant(samples, true);
    List<String> constantY = constant(samples, false);
    if (constantX.size() == samples.dimX() || constantY.size() == samples.dimY()) {
      List<String> all = constantX.size() == samples.dimX() ? constantX : constantY;
      String side = constantX.size() == samples.dimX() ? "X" : "Y";
      throw MineException.invalidData(
          "every "
              + side
              + " column is constant over the "
              + samples.rows()
              + " rows ("
              + String.join(", ", all)
              + "): a constant carries no information, so I(X;Y) = 0 exactly and "
              + estimator
              + " would only report noise around it; check that the right columns were read"
              + " (--dim-x, --dim-y, the header) and that the rows are not copies of one row");
    }
    return warnings(constantX, constantY);
  }

  /** One warning per constant column (empty if there is none); refuses nothing. */
  public static List<String> warnings(Samples samples) {
    requireNonNull(samples, "samples is null");
    return warnings(constant(samples, true), constant(samples, false));
  }

  private static List<String> warnings(List<String> constantX, List<String> constantY) {
    List<String> warnings = new ArrayList<>();
    for (String column : constantX) {
      warnings.add(column + " is constant; it carries no information (drop it)");
    }
    for (String column : constantY) {
      warnings.add(column + " is constant; it carries no information (drop it)");
    }
    return warnings;
  }

  /** "X0 (always 0.5)" for each constant column of one side. */
  private static List<String> constant(Samples samples, boolean xSide) {
    int dim = xSide ? samples.dimX() : samples.dimY();
    List<String> found = new ArrayList<>();
    for (int c = 0; c < dim; c++) {
      double first = value(samples, xSide, 0, c);
      boolean constant = true;
      for (int i = 1; i < samples.rows() && constant; i++) {
        constant = value(samples, xSide, i, c) == first;
      }
      if (constant && samples.rows() > 0) {
        String name = xSide ? samples.xName(c) : samples.yName(c);
        found.add(column(name) + " (always " + first + ")");
      }
    }
    return found;
  }

  private static String column(String name) {
    return "column " + name;
  }

  private static double value(Samples samples, boolean xSide, int row, int col) {
    return xSide ? samples.xValue(row, col) : samples.yValue(row, col);
  }
}
