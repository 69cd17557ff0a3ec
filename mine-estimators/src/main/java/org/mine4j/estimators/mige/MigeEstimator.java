package org.mine4j.estimators.mige;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.GradientEstimator;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Samples;
import org.mine4j.api.gradient.MutualInformationGradient;

/**
 * The {@code mige} estimator: a gradient source only (Wen et al. 2020). {@link #gradientSource}
 * gives a {@link MigeGradient}, which an MI term of a model uses in place of a critic; MIGE
 * estimates the gradient of I(X; Y), never its value, so {@link #estimate} refuses with an
 * INVALID_OPTIONS error that names the estimators that give a number.
 */
public final class MigeEstimator implements GradientEstimator {
  /** The registered name. */
  public static final String NAME = "mige";

  private final MigeOptions options;

  public MigeEstimator(MigeOptions options) {
    this.options = requireNonNull(options, "options is null");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<String, String> options() {
    return options.toProperties();
  }

  public MigeOptions migeOptions() {
    return options;
  }

  /**
   * Always refuses: MIGE gives no MI value.
   *
   * @throws MineException INVALID_OPTIONS, saying which estimators to use instead
   */
  @Override
  public Estimate estimate(Samples samples, EstimationContext context) {
    throw MineException.invalidOptions(
        "estimator 'mige' estimates the gradient of I(X;Y) for a model's training (a gradient"
            + " source: MiGradients.create(\"mige\", ...), or -o estimators=mige in the infomax and"
            + " mige-gradient experiments), not its value; for a number in nats use mine, nwj,"
            + " infonce, smile or ksg (see 'mine4j list')");
  }

  @Override
  public MutualInformationGradient gradientSource(int dimX, int dimY, long seed) {
    return new MigeGradient(dimX, dimY, options, seed);
  }
}
