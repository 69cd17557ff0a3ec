package org.mine4j.datasets.internal;

import static java.util.Objects.requireNonNull;

import java.util.function.DoubleUnaryOperator;

/**
 * Adaptive Gauss–Legendre quadrature of smooth functions on finite intervals: an n-point rule on
 * [a, b] is compared with the sum of the rule on the two halves, and halves are split recursively
 * until the two agree within the tolerance (Davis &amp; Rabinowitz, "Methods of Numerical
 * Integration", §6). Nodes are the roots of the Legendre polynomial P_n, found by Newton's method
 * from the asymptotic guesses cos(π(i + ¾)/(n + ½)), with weights 2/((1 − z²) P_n'(z)²). Immutable
 * and thread-safe.
 */
public final class GaussLegendre {
  /** The 20-point rule: exact for polynomials of degree 39. */
  public static final GaussLegendre TWENTY_POINT = new GaussLegendre(20);

  private static final int MAX_DEPTH = 20;

  private final double[] nodes;
  private final double[] weights;

  /** The n-point rule on [−1, 1], n ≥ 1. */
  public GaussLegendre(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, found " + n);
    }
    nodes = new double[n];
    weights = new double[n];
    for (int i = 0; i < (n + 1) / 2; i++) {
      double z = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
      double derivative;
      double previous;
      do {
        double p1 = 1.0;
        double p2 = 0.0;
        for (int j = 1; j <= n; j++) {
          double p3 = p2;
          p2 = p1;
          p1 = ((2.0 * j - 1.0) * z * p2 - (j - 1.0) * p3) / j;
        }
        derivative = n * (z * p1 - p2) / (z * z - 1.0);
        previous = z;
        z = previous - p1 / derivative;
      } while (Math.abs(z - previous) > 1e-15);
      nodes[i] = -z;
      nodes[n - 1 - i] = z;
      weights[i] = 2.0 / ((1.0 - z * z) * derivative * derivative);
      weights[n - 1 - i] = weights[i];
    }
  }

  /** The fixed rule's approximation of ∫_a^b f. */
  public double integrate(DoubleUnaryOperator f, double a, double b) {
    double half = 0.5 * (b - a);
    double mid = 0.5 * (a + b);
    double sum = 0.0;
    for (int i = 0; i < nodes.length; i++) {
      sum += weights[i] * f.applyAsDouble(mid + half * nodes[i]);
    }
    return half * sum;
  }

  /**
   * ∫_a^b f, split adaptively until the rule and its two halves agree within {@code tolerance}
   * (absolute; a piece gets half its parent's tolerance), at most 20 halvings deep; give a
   * tolerance above the rounding noise of f, or the recursion goes to that depth.
   */
  public double integrateAdaptive(DoubleUnaryOperator f, double a, double b, double tolerance) {
    requireNonNull(f, "f is null");
    if (!(tolerance > 0.0)) {
      throw new IllegalArgumentException("tolerance must be > 0, found " + tolerance);
    }
    if (a == b) {
      return 0.0;
    }
    return adapt(f, a, b, integrate(f, a, b), tolerance, 0);
  }

  private double adapt(
      DoubleUnaryOperator f, double a, double b, double whole, double tolerance, int depth) {
    double mid = 0.5 * (a + b);
    double left = integrate(f, a, mid);
    double right = integrate(f, mid, b);
    double halves = left + right;
    if (Math.abs(halves - whole) <= tolerance || depth >= MAX_DEPTH || mid == a || mid == b) {
      return halves;
    }
    return adapt(f, a, mid, left, 0.5 * tolerance, depth + 1)
        + adapt(f, mid, b, right, 0.5 * tolerance, depth + 1);
  }
}
