package org.mine4j.estimators.options;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.mine4j.estimators.bounds.ReMineBound;

/**
 * Options of {@code remine} and {@code remine-j} (Choi &amp; Lee 2020): the Donsker–Varadhan bound
 * trained with the penalty λ · d(log mean e^{T(marg)}, C), which pins the critic's drifting
 * constant; the reported value never contains the penalty.
 */
public final class ReMineOptions extends NeuralOptions<ReMineOptions> {
  ReMineOptions(String estimator, Map<String, String> properties) {
    super(estimator, properties);
  }

  @Override
  ReMineOptions copy(Map<String, String> newProperties) {
    return new ReMineOptions(estimator(), newProperties);
  }

  /** λ, the penalty weight (0: plain DV); default 1. */
  public ReMineOptions lambda(double lambda) {
    return with("lambda", OptionText.number(lambda));
  }

  /** C, the value the log-partition term is pulled to; default 0. */
  public ReMineOptions target(double target) {
    return with("target", OptionText.number(target));
  }

  /** d, squared or absolute; default squared. */
  public ReMineOptions distance(ReMineBound.Distance distance) {
    return with("distance", OptionText.choice(requireNonNull(distance, "distance is null")));
  }
}
