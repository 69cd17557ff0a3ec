package org.mine4j.estimators.options;

import java.util.Map;

/**
 * Options of {@code mine} (Belghazi et al. 2018): the Donsker–Varadhan bound with the gradient of
 * its log-partition term divided by a moving average m_t = (1 − α) m_{t−1} + α · mean e^T instead
 * of the batch's own mean (the paper's bias correction, its section 3.2).
 */
public final class MineOptions extends NeuralOptions<MineOptions> {
  MineOptions(Map<String, String> properties) {
    super("mine", properties);
  }

  @Override
  MineOptions copy(Map<String, String> newProperties) {
    return new MineOptions(newProperties);
  }

  /** α, the moving average's rate; default 0.01 (as in the MINE authors' code). */
  public MineOptions emaDecay(double alpha) {
    return with("ema-decay", OptionText.number(alpha));
  }
}
