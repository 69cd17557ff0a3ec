package org.mine4j.bench.sweep;

/**
 * The 97.5% quantile of Student's t distribution, for 95% intervals of a mean over a few seeds:
 * tabulated for 1 to 30 degrees of freedom, the Cornish-Fisher expansion (Abramowitz &amp; Stegun
 * 26.7.5) above, which is within 1e-5 of the exact quantile there.
 */
final class StudentT {
  private static final double[] TABLE = {
    12.706204736, 4.302652730, 3.182446305, 2.776445105, 2.570581836,
    2.446911851, 2.364624252, 2.306004135, 2.262157163, 2.228138852,
    2.200985160, 2.178812830, 2.160368656, 2.144786688, 2.131449546,
    2.119905299, 2.109815578, 2.100922040, 2.093024054, 2.085963447,
    2.079613845, 2.073873068, 2.068657610, 2.063898562, 2.059538553,
    2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456
  };

  private static final double Z = 1.959963984540054;

  private StudentT() {}

  /** t such that P(T &le; t) = 0.975 for {@code df} degrees of freedom (NaN below 1). */
  static double quantile975(int df) {
    if (df < 1) {
      return Double.NaN;
    }
    if (df <= TABLE.length) {
      return TABLE[df - 1];
    }
    double z3 = Z * Z * Z;
    double z5 = z3 * Z * Z;
    double z7 = z5 * Z * Z;
    double g1 = (z3 + Z) / 4;
    double g2 = (5 * z5 + 16 * z3 + 3 * Z) / 96;
    double g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * Z) / 384;
    return Z + g1 / df + g2 / ((double) df * df) + g3 / ((double) df * df * df);
  }
}
