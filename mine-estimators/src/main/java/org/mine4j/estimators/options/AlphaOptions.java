package org.mine4j.estimators.options;

import java.util.Map;

/**
 * Options of {@code alpha}, the interpolated bound I_α of Poole et al. (2019, eq. 17): a mix of
 * InfoNCE's leave-one-out baseline (weight α) and a learned baseline a(y); at most 1 + ln K − ln α.
 */
public final class AlphaOptions extends NeuralOptions<AlphaOptions> {
  AlphaOptions(Map<String, String> properties) {
    super("alpha", properties);
  }

  @Override
  AlphaOptions copy(Map<String, String> newProperties) {
    return new AlphaOptions(newProperties);
  }

  /** α in (0, 1]: 1 is InfoNCE-like, towards 0 TUBA-like; default 0.01. */
  public AlphaOptions alpha(double alpha) {
    return with("alpha", OptionText.number(alpha));
  }

  /** The learned baseline's hidden layer sizes; default one layer of 64. */
  public AlphaOptions baselineHidden(int... hidden) {
    return with("baseline-hidden", OptionText.sizes(hidden));
  }
}
