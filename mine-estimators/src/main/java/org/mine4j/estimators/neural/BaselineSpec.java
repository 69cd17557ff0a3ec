package org.mine4j.estimators.neural;

import static java.util.Objects.requireNonNull;

import org.mine4j.estimators.critic.Activation;
import org.mine4j.estimators.critic.BaselineMlp;
import org.mine4j.estimators.critic.MlpCriticOptions;

/**
 * The shape of the learned baseline log a(y) of TUBA and the interpolated bound (Poole et al.
 * 2019): hidden layer sizes and activation of a {@link BaselineMlp}.
 */
record BaselineSpec(int[] hidden, Activation activation) {
  BaselineSpec {
    hidden = MlpCriticOptions.checkedHidden(requireNonNull(hidden, "hidden is null")).clone();
    requireNonNull(activation, "activation is null");
  }

  BaselineMlp build(int dimY, long seed) {
    return new BaselineMlp(dimY, hidden, activation, seed);
  }
}
