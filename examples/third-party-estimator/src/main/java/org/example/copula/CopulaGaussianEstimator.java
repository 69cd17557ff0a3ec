package org.example.copula;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.Estimator;
import org.mine4j.api.MineException;
import org.mine4j.api.Provenance;
import org.mine4j.api.data.Samples;

/**
 * The mutual information of a Gaussian copula, from ranks: Spearman's r_s of the samples, the
 * copula's correlation ρ = 2 sin(π r_s / 6) (Pearson 1907; Kruskal 1958), and I = −½ ln(1
 * − ρ²). Exact in the limit for any pair whose copula is Gaussian (e.g. monotone maps of jointly
 * Gaussian X and Y), whatever the marginals; biased for other copulas. One-dimensional X and Y
 * only. The 95% interval comes from the Fisher z-transform of r_s with standard error 1.03 / √(n −
 * 3) (Fieller, Hartley &amp; Pearson 1957), mapped through the same formulas.
 */
final class CopulaGaussianEstimator implements Estimator {
  private final double maxRho;

  CopulaGaussianEstimator(double maxRho) {
    this.maxRho = maxRho;
  }

  @Override
  public String name() {
    return CopulaGaussianFactory.NAME;
  }

  @Override
  public Map<String, String> options() {
    return Map.of("max-rho", Double.toString(maxRho));
  }

  @Override
  public Estimate estimate(Samples samples, EstimationContext context) {
    if (samples.dimX() != 1 || samples.dimY() != 1) {
      throw MineException.invalidData(
          "copula-gaussian handles one-dimensional X and Y only, found dimX = "
              + samples.dimX()
              + " and dimY = "
              + samples.dimY());
    }
    int n = samples.rows();
    if (n < 10) {
      throw MineException.invalidData("copula-gaussian needs at least 10 rows, found " + n);
    }
    double[] rankX = Ranks.of(samples, true);
    double[] rankY = Ranks.of(samples, false);
    double spearman = Ranks.correlation(rankX, rankY);
    double z = atanh(clip(spearman));
    double halfWidth = 1.959963984540054 * 1.03 / Math.sqrt(n - 3.0);
    double nats = mutualInformation(spearman);
    // MI grows with |r_s|: the interval's ends are the MI at the ends nearest to and farthest
    // from 0.
    double low = mutualInformation(Math.tanh(z - halfWidth));
    double high = mutualInformation(Math.tanh(z + halfWidth));
    boolean straddlesZero = Math.abs(z) < halfWidth;
    double ciLow = straddlesZero ? 0 : Math.min(low, high);
    double ciHigh = Math.max(low, high);
    Provenance provenance =
        Provenance.empty()
            .with("estimator", name())
            .withAll("estimator.", options())
            .with("seed", Long.toString(context.seed()))
            .with("rows", Integer.toString(n))
            .with("spearman", Double.toString(spearman));
    return new Estimate(
        nats,
        name(),
        "Gaussian-copula plug-in from Spearman's r_s, not a bound",
        OptionalDouble.empty(),
        ciLow,
        ciHigh,
        0,
        n,
        n,
        false,
        List.of(),
        provenance);
  }

  private double mutualInformation(double spearman) {
    double rho = clip(2 * Math.sin(Math.PI * spearman / 6));
    return -0.5 * Math.log1p(-rho * rho);
  }

  private double clip(double value) {
    return Math.max(-maxRho, Math.min(maxRho, value));
  }

  private static double atanh(double value) {
    return 0.5 * Math.log((1 + value) / (1 - value));
  }
}
