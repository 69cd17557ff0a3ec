package org.mine4j.datasets.mixture;

import java.util.List;
import org.mine4j.datasets.internal.Cholesky;

/**
 * The log density of a Gaussian mixture, or of its marginal on the coordinates [from, to) (a
 * mixture of the components' marginals with the same weights): ln Σ_k w_k N(v; μ_k, Σ_k) by
 * log-sum-exp, so it neither underflows nor overflows far from the modes.
 */
final class GaussianMixtureDensity {
  private static final double LOG_TWO_PI = Math.log(2.0 * Math.PI);

  private final int from;
  private final int dim;
  private final double[] logConstants;
  private final double[][] means;
  private final Cholesky[] factors;

  GaussianMixtureDensity(List<MixtureComponent> components, int from, int to) {
    int fullDim = components.get(0).mean().size();
    this.from = from;
    this.dim = to - from;
    int k = components.size();
    logConstants = new double[k];
    means = new double[k][];
    factors = new Cholesky[k];
    for (int c = 0; c < k; c++) {
      MixtureComponent component = components.get(c);
      factors[c] = Cholesky.of(Cholesky.block(component.covarianceArray(), fullDim, from, to), dim);
      means[c] = component.meanArray();
      logConstants[c] =
          Math.log(component.weight()) - 0.5 * (dim * LOG_TWO_PI + factors[c].logDeterminant());
    }
  }

  /** ln p of the coordinates [from, to) of the joint vector {@code point}. */
  double logDensity(double[] point) {
    double[] centred = new double[dim];
    double[] terms = new double[factors.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < factors.length; c++) {
      for (int i = 0; i < dim; i++) {
        centred[i] = point[from + i] - means[c][from + i];
      }
      terms[c] = logConstants[c] - 0.5 * factors[c].quadraticForm(centred, 0);
      max = Math.max(max, terms[c]);
    }
    double sum = 0.0;
    for (double term : terms) {
      sum += Math.exp(term - max);
    }
    return max + Math.log(sum);
  }
}
