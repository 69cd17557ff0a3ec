package org.mine4j.datasets.transform;

/**
 * Inverts a strictly increasing map f with |f(t) − t| ≤ r: the root of f(t) = u lies in [u − r, u +
 * r]; Newton steps, falling back to bisection whenever a step leaves the bracket, to full double
 * precision.
 */
final class MonotoneInverse {
  private MonotoneInverse() {}

  static double solve(CoordinateMap f, double u, double radius) {
    if (!Double.isFinite(u)) {
      return u;
    }
    double lo = u - radius;
    double hi = u + radius;
    double t = u;
    for (int iteration = 0; iteration < 200; iteration++) {
      double value = f.apply(t) - u;
      if (value == 0.0) {
        return t;
      }
      if (value > 0) {
        hi = t;
      } else {
        lo = t;
      }
      double next = t - value / f.derivative(t);
      if (!(next > lo && next < hi)) {
        next = 0.5 * (lo + hi);
      }
      if (Math.abs(next - t) <= 1e-15 * Math.max(1.0, Math.abs(t)) || hi - lo <= Math.ulp(t)) {
        return next;
      }
      t = next;
    }
    return t;
  }
}
