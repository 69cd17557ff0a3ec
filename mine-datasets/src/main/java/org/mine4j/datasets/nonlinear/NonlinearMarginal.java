package org.mine4j.datasets.nonlinear;

import static java.util.Objects.requireNonNull;

import java.util.function.DoubleUnaryOperator;
import java.util.stream.DoubleStream;
import org.mine4j.datasets.internal.GaussLegendre;

/**
 * The marginal density of Y = f(X) + σε for scalar X ~ U(−1, 1), ε ~ N(0, 1): p(y) = ½ ∫_{−1}^{1}
 * N(y; f(x), σ²) dx, its differential entropy h(Y) = −∫ p ln p, and I(X;Y) = h(Y) − ½ ln(2πeσ²).
 *
 * <p>p(y) by adaptive Gauss–Legendre over x, in log space: with c the point of [f(−1), f(1)]
 * nearest y and δ = |y − c|, ln p(y) = −ln 2 − ln(σ√(2π)) − δ²/2σ² + ln ∫ exp(−((y − f(x))² −
 * δ²)/2σ²) dx, whose integrand peaks at 1, so nothing underflows far in the tails (its exponent is
 * evaluated as (c − f)(2y − f − c), free of the cancellation in (y − f)² − δ²). The x-interval is
 * cut where f(x) = c ± k·h (h = σ/(1 + δ/σ), the width of the peak in f; k = 1..8, then doubling),
 * through f⁻¹, so each piece sees a smooth bump of a few widths even for small σ or a flat f (x³
 * near 0). h(Y) integrates −p ln p over [f(−1) − 12σ, f(1) + 12σ] in pieces of width σ (outside, p
 * &lt; e^{−72}).
 */
final class NonlinearMarginal {
  private static final GaussLegendre RULE = new GaussLegendre(10);
  private static final double RELATIVE_TOLERANCE = 1e-11;
  private static final double LOG_SQRT_TWO_PI = 0.5 * Math.log(2.0 * Math.PI);

  private final NonlinearFunction f;
  private final double sigma;
  private final double low;
  private final double high;

  NonlinearMarginal(NonlinearFunction f, double sigma) {
    this.f = requireNonNull(f, "f is null");
    this.sigma = sigma;
    this.low = f.apply(-1.0);
    this.high = f.apply(1.0);
  }

  /** ln p(y). */
  double logDensity(double y) {
    double c = Math.min(high, Math.max(low, y));
    double delta = Math.abs(y - c);
    double h = sigma / (1.0 + delta / sigma);
    double twoVariance = 2.0 * sigma * sigma;
    double[] cuts = cuts(c, h);
    DoubleUnaryOperator integrand =
        x -> {
          double t = f.apply(x);
          return Math.exp(-(c - t) * (2.0 * y - t - c) / twoVariance);
        };
    // The integrand is unimodal with its peak at x(c), a cut: a piece's largest value is at one of
    // its ends, so a piece whose length times that value is below the tolerance is left out.
    double peak = f.inverse(c);
    double scale = 0.0;
    for (int i = 0; i + 1 < cuts.length; i++) {
      if (cuts[i] == peak || cuts[i + 1] == peak) {
        scale += RULE.integrate(integrand, cuts[i], cuts[i + 1]);
      }
    }
    double tolerance = RELATIVE_TOLERANCE * scale;
    double integral = 0.0;
    for (int i = 0; i + 1 < cuts.length; i++) {
      double a = cuts[i];
      double b = cuts[i + 1];
      double bound = (b - a) * Math.max(integrand.applyAsDouble(a), integrand.applyAsDouble(b));
      if (bound > tolerance) {
        integral += RULE.integrateAdaptive(integrand, a, b, tolerance);
      }
    }
    return -Math.log(2.0)
        - Math.log(sigma)
        - LOG_SQRT_TWO_PI
        - delta * delta / twoVariance
        + Math.log(integral);
  }

  /** The x-coordinates of f = c ± k·h (k = 1..4, then doubling) inside [−1, 1], with ±1. */
  private double[] cuts(double c, double h) {
    DoubleStream.Builder x = DoubleStream.builder();
    x.add(-1.0).add(1.0).add(f.inverse(c));
    for (double k = 1; c - k * h > low || c + k * h < high; k = k < 4 ? k + 1 : 2 * k) {
      if (c - k * h > low) {
        x.add(f.inverse(c - k * h));
      }
      if (c + k * h < high) {
        x.add(f.inverse(c + k * h));
      }
    }
    return x.build().sorted().distinct().toArray();
  }

  /**
   * h(Y) = −∫ p ln p dy over [f(−1) − 12σ, f(1) + 12σ], in nats. The pieces are cut at offsets 0,
   * ±σ, ±2σ, ±4σ, … from the points where p changes on the scale σ: the ends f(±1) of the range and
   * f(0) (where x³ is flat); elsewhere p is smooth on the scale of the range.
   */
  double entropy() {
    double from = low - 12.0 * sigma;
    double to = high + 12.0 * sigma;
    DoubleStream.Builder builder = DoubleStream.builder();
    builder.add(from).add(to);
    for (double centre : new double[] {low, high, f.apply(0.0)}) {
      builder.add(centre);
      for (double offset = sigma; offset < to - from; offset *= 2.0) {
        builder.add(centre - offset).add(centre + offset);
      }
    }
    double[] cuts = builder.build().filter(y -> y >= from && y <= to).sorted().distinct().toArray();
    double sum = 0.0;
    for (int i = 0; i + 1 < cuts.length; i++) {
      sum +=
          RULE.integrateAdaptive(
              y -> {
                double logP = logDensity(y);
                return -Math.exp(logP) * logP;
              },
              cuts[i],
              cuts[i + 1],
              1e-10 * (cuts[i + 1] - cuts[i]));
    }
    return sum;
  }

  /** I(X;Y) = h(Y) − h(Y | X) = h(Y) − ½ ln(2πeσ²), in nats. */
  double mutualInformation() {
    return entropy() - 0.5 * Math.log(2.0 * Math.PI * Math.E * sigma * sigma);
  }
}
