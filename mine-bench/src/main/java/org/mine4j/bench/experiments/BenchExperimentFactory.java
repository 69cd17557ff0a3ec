package org.mine4j.bench.experiments;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.mine4j.api.experiment.Experiment;
import org.mine4j.api.spi.ExperimentFactory;
import org.mine4j.bench.plugins.Components;

/**
 * An {@link ExperimentFactory} whose experiments look estimators and datasets up by name. The CLI
 * hands it its own {@link Components} and a progress sink ({@link #create(Map, Supplier,
 * Consumer)}); made through the plain SPI method, it discovers the plugins on first use and reports
 * no progress.
 */
public abstract class BenchExperimentFactory implements ExperimentFactory {
  @Override
  public final Experiment create(Map<String, String> options) {
    return create(options, Components::discover, line -> {});
  }

  /**
   * Validates the options, makes the estimators (so that a bad name or option fails before any run)
   * and returns the experiment.
   *
   * @param components where estimators and datasets are looked up
   * @param progress receives one line per finished run, from worker threads
   * @throws org.mine4j.api.MineException INVALID_OPTIONS or UNKNOWN_COMPONENT naming the fix
   */
  public abstract Experiment create(
      Map<String, String> options, Supplier<Components> components, Consumer<String> progress);
}
