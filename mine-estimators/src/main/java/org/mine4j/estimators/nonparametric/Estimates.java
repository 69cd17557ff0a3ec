package org.mine4j.estimators.nonparametric;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.Provenance;

/**
 * Builds the {@link Estimate} of a non-parametric estimator: no training (0 steps), every row used
 * to compute the value (train rows = evaluation rows = N), no ceiling, never saturated.
 */
final class Estimates {
  private Estimates() {}

  static Estimate of(
      String name,
      Map<String, String> options,
      String bound,
      double nats,
      double ciLow,
      double ciHigh,
      int rows,
      List<String> warnings,
      EstimationContext context) {
    Provenance provenance =
        Provenance.empty()
            .with("estimator", name)
            .withAll("estimator.", options)
            .with("bound", bound)
            .with("seed", Long.toString(context.seed()))
            .with("rows", Integer.toString(rows))
            .with("java", System.getProperty("java.version"))
            .with("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    return new Estimate(
        nats,
        name,
        bound,
        OptionalDouble.empty(),
        ciLow,
        ciHigh,
        0,
        rows,
        rows,
        false,
        warnings,
        provenance);
  }

  /** The half-width multiplier of a normal 95% interval. */
  static final double Z95 = 1.959963984540054;
}
