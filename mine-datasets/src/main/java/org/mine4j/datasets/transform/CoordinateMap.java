package org.mine4j.datasets.transform;

import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.InverseErfc;

/**
 * Strictly increasing maps of the real line applied to every coordinate, the one-dimensional
 * diffeomorphisms of Czyż et al. 2023 ("Beyond normal"; bmi's {@code half_cube}, {@code asinh},
 * {@code normal_cdf}, {@code wiggly}) plus the cube and the logistic function.
 *
 * <p>Maps onto (0, 1) (normal CDF, logistic) are inverted with their argument clamped into the open
 * interval: a float-stored sample that rounded to 0 or 1 maps back to a large finite value instead
 * of ±∞ (for N(0, 1) inputs this needs |t| &gt; 5.3, probability 1e-7 per coordinate).
 */
public enum CoordinateMap implements Transform {
  /** t ↦ t³, inverse ∛u. */
  CUBE("cube") {
    @Override
    public double apply(double t) {
      return t * t * t;
    }

    @Override
    public double invert(double u) {
      return Math.cbrt(u);
    }
  },
  /** t ↦ t·√|t| (bmi's half-cube, a signed t^{3/2}), inverse sign(u)|u|^{2/3}. */
  HALF_CUBE("half-cube") {
    @Override
    public double apply(double t) {
      return t * Math.sqrt(Math.abs(t));
    }

    @Override
    public double invert(double u) {
      return Math.copySign(Math.pow(Math.abs(u), 2.0 / 3.0), u);
    }
  },
  /** t ↦ asinh t = ln(t + √(t² + 1)), inverse sinh u; tames heavy tails. */
  ASINH("asinh") {
    @Override
    public double apply(double t) {
      double a = Math.abs(t);
      double r = a > 1e8 ? Math.log(2.0 * a) : Math.log1p(a + a * a / (1.0 + Math.hypot(1.0, a)));
      return Math.copySign(r, t);
    }

    @Override
    public double invert(double u) {
      return Math.sinh(u);
    }
  },
  /** t ↦ Φ(t) = ½ erfc(−t/√2), the standard normal CDF (uniform margins); inverse Φ⁻¹. */
  NORMAL_CDF("normal-cdf") {
    @Override
    public double apply(double t) {
      return 0.5 * Erfc.value(-t / Math.sqrt(2.0));
    }

    @Override
    public double invert(double u) {
      return -Math.sqrt(2.0) * InverseErfc.value(2.0 * clampToUnitInterval(u));
    }
  },
  /** t ↦ 1/(1 + e^{−t}), inverse ln(u/(1 − u)). */
  LOGISTIC("logistic") {
    @Override
    public double apply(double t) {
      return t >= 0 ? 1.0 / (1.0 + Math.exp(-t)) : Math.exp(t) / (1.0 + Math.exp(t));
    }

    @Override
    public double invert(double u) {
      double v = clampToUnitInterval(u);
      return Math.log(v) - Math.log1p(-v);
    }
  },
  /**
   * bmi's X-side wiggly map t ↦ t + 0.4 sin t + 0.2 sin(1.7t + 1) + 0.03 sin(3.3t − 2.5). Its
   * derivative is at least 1 − 0.4 − 0.2·1.7 − 0.03·3.3 = 0.161 &gt; 0, so it is strictly
   * increasing; inverted numerically (|f(t) − t| ≤ 0.63 brackets the root).
   */
  WIGGLY_X("wiggly") {
    @Override
    public double apply(double t) {
      return t + 0.4 * Math.sin(t) + 0.2 * Math.sin(1.7 * t + 1.0) + 0.03 * Math.sin(3.3 * t - 2.5);
    }

    @Override
    double derivative(double t) {
      return 1.0
          + 0.4 * Math.cos(t)
          + 0.34 * Math.cos(1.7 * t + 1.0)
          + 0.099 * Math.cos(3.3 * t - 2.5);
    }

    @Override
    public double invert(double u) {
      return MonotoneInverse.solve(this, u, 0.63);
    }
  },
  /**
   * bmi's Y-side wiggly map t ↦ t − 0.4 sin(0.4t) + 0.17 sin(1.3t + 3.5) + 0.02 sin(4.3t − 2.5).
   * Derivative at least 1 − 0.16 − 0.221 − 0.086 = 0.533 &gt; 0; |g(t) − t| ≤ 0.59.
   */
  WIGGLY_Y("wiggly") {
    @Override
    public double apply(double t) {
      return t
          - 0.4 * Math.sin(0.4 * t)
          + 0.17 * Math.sin(1.3 * t + 3.5)
          + 0.02 * Math.sin(4.3 * t - 2.5);
    }

    @Override
    double derivative(double t) {
      return 1.0
          - 0.16 * Math.cos(0.4 * t)
          + 0.221 * Math.cos(1.3 * t + 3.5)
          + 0.086 * Math.cos(4.3 * t - 2.5);
    }

    @Override
    public double invert(double u) {
      return MonotoneInverse.solve(this, u, 0.59);
    }
  };

  private final String optionName;

  CoordinateMap(String optionName) {
    this.optionName = optionName;
  }

  /** f(t). */
  public abstract double apply(double t);

  /** f⁻¹(u). */
  public abstract double invert(double u);

  /** f'(t), used by the numerical inverse; by central difference unless overridden. */
  double derivative(double t) {
    double h = 1e-6 * Math.max(1.0, Math.abs(t));
    return (apply(t + h) - apply(t - h)) / (2.0 * h);
  }

  @Override
  public String optionName() {
    return optionName;
  }

  @Override
  public int outputDimension(int inputDimension) {
    return inputDimension;
  }

  @Override
  public void forward(double[] in, double[] out) {
    for (int j = 0; j < in.length; j++) {
      out[j] = apply(in[j]);
    }
  }

  @Override
  public void inverse(double[] in, double[] out) {
    for (int j = 0; j < in.length; j++) {
      out[j] = invert(in[j]);
    }
  }

  static double clampToUnitInterval(double u) {
    return Math.min(Math.max(u, Double.MIN_NORMAL), Math.nextDown(1.0));
  }
}
