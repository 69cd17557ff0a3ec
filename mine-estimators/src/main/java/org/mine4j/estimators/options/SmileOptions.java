package org.mine4j.estimators.options;

import java.util.Map;

/**
 * Options of {@code smile} (Song &amp; Ermon 2020): mean T(joint) − log mean e^{clip(T(marg), −τ,
 * τ)}, the critic trained on the Jensen–Shannon objective. Small τ trades bias for variance; τ = ∞
 * is the Donsker–Varadhan value on all pairs.
 */
public final class SmileOptions extends NeuralOptions<SmileOptions> {
  SmileOptions(Map<String, String> properties) {
    super("smile", properties);
  }

  @Override
  SmileOptions copy(Map<String, String> newProperties) {
    return new SmileOptions(newProperties);
  }

  /** τ, positive, or {@link Double#POSITIVE_INFINITY} for no clipping; default 5. */
  public SmileOptions tau(double tau) {
    return with("tau", OptionText.number(tau));
  }
}
