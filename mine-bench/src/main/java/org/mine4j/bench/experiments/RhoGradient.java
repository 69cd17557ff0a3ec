package org.mine4j.bench.experiments;

import static java.util.Objects.requireNonNull;

import org.mine4j.api.data.Samples;
import org.mine4j.api.gradient.SampleGradient;

/**
 * The chain rule through the sampler of the correlated Gaussian, y = ρx + √(1 − ρ²)e with x and e
 * independent of ρ: dI/dρ = Σ_i Σ_c dI/dy_ic · dy_ic/dρ, where dy/dρ = x − ρe/√(1 − ρ²) = x − ρ(y −
 * ρx)/(1 − ρ²) (the noise recovered from the row). x does not depend on ρ, so dI/dx does not enter.
 * The exact value is d·ρ/(1 − ρ²).
 */
final class RhoGradient {
  private RhoGradient() {}

  /** dI/dρ from a gradient source's dI/dy on the batch drawn at {@code rho}. */
  static double of(SampleGradient gradient, Samples batch, double rho) {
    requireNonNull(gradient, "gradient is null");
    requireNonNull(batch, "batch is null");
    double r = 1.0 - rho * rho;
    double sum = 0.0;
    for (int i = 0; i < batch.rows(); i++) {
      for (int c = 0; c < batch.dimY(); c++) {
        double x = batch.x(i, c);
        double y = batch.y(i, c);
        sum += gradient.y(i, c) * (x - rho * (y - rho * x) / r);
      }
    }
    return sum;
  }

  /** The exact dI/dρ = d·ρ/(1 − ρ²) of I = −(d/2) ln(1 − ρ²). */
  static double exact(int dim, double rho) {
    return dim * rho / (1.0 - rho * rho);
  }
}
