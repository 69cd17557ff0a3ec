package org.mine4j.estimators.options;

import java.util.Map;

/**
 * Options of {@code tuba} (Poole et al. 2019, eq. 11): 1 + mean [T(joint) − log a(y)] − mean
 * e^{T(marg) − log a(y)}, with the baseline a(y) either learned (an MLP of y trained with the
 * critic, the default) or a fixed constant.
 */
public final class TubaOptions extends NeuralOptions<TubaOptions> {
  TubaOptions(Map<String, String> properties) {
    super("tuba", properties);
  }

  @Override
  TubaOptions copy(Map<String, String> newProperties) {
    return new TubaOptions(newProperties);
  }

  /** A learned baseline a(y) with these hidden layer sizes (default: learned, one layer of 64). */
  public TubaOptions learnedBaseline(int... hidden) {
    return with("baseline", "learned").with("baseline-hidden", OptionText.sizes(hidden));
  }

  /** A fixed baseline, log a(y) = {@code logBaseline} for every y (1 gives NWJ). */
  public TubaOptions fixedBaseline(double logBaseline) {
    return with("baseline", "fixed").with("log-baseline", OptionText.number(logBaseline));
  }
}
