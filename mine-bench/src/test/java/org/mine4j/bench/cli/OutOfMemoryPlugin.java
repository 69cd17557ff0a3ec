package org.mine4j.bench.cli;

import java.util.List;
import java.util.Map;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.Estimator;
import org.mine4j.api.data.Samples;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.EstimatorFactory;
import org.mine4j.api.spi.MinePlugin;

/**
 * A test plugin (not in META-INF/services: tests add it by hand) whose estimator {@code
 * fake-out-of-memory} throws {@link OutOfMemoryError}, as a critic too large for the heap does.
 */
final class OutOfMemoryPlugin implements MinePlugin {
  static final String NAME = "fake-out-of-memory";

  @Override
  public String name() {
    return "out-of-memory-fake";
  }

  @Override
  public List<EstimatorFactory> estimators() {
    return List.of(
        new EstimatorFactory() {
          @Override
          public String name() {
            return NAME;
          }

          @Override
          public String description() {
            return "throws OutOfMemoryError";
          }

          @Override
          public List<OptionSpec> options() {
            return List.of();
          }

          @Override
          public Estimator create(Map<String, String> options) {
            return new Estimator() {
              @Override
              public String name() {
                return NAME;
              }

              @Override
              public Map<String, String> options() {
                return Map.of();
              }

              @Override
              public Estimate estimate(Samples samples, EstimationContext context) {
                throw new OutOfMemoryError("Java heap space");
              }
            };
          }
        });
  }
}
