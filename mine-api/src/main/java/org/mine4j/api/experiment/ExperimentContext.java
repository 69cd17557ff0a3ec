package org.mine4j.api.experiment;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.mine4j.api.spi.ComponentLookup;

/**
 * What an {@link Experiment} runs with, so that an experiment module needs nothing from the CLI's
 * composition root: the master seed (every random stream of the run is split from it), the
 * directory its files go under (and a writer that writes them atomically), the registered
 * components to look estimators, datasets and networks up in by name, a progress sink, and its
 * thread budget.
 *
 * @param seed the master seed
 * @param outputDirectory where the experiment writes (it creates a subdirectory named after itself)
 * @param components registered estimators, datasets, networks and experiments
 * @param listener progress sink
 * @param parallel how many independent runs may execute at once (at least 1)
 * @param files writes result files atomically under {@code outputDirectory}
 */
public record ExperimentContext(
    long seed,
    Path outputDirectory,
    ComponentLookup components,
    ExperimentListener listener,
    int parallel,
    ResultFiles files) {
  public ExperimentContext {
    requireNonNull(outputDirectory, "outputDirectory is null");
    requireNonNull(components, "components is null");
    requireNonNull(listener, "listener is null");
    requireNonNull(files, "files is null");
    if (parallel < 1) {
      throw new IllegalArgumentException("parallel must be at least 1, found " + parallel);
    }
  }

  /** A context writing with {@link ResultFiles#atomic(Path)} under {@code outputDirectory}. */
  public ExperimentContext(
      long seed,
      Path outputDirectory,
      ComponentLookup components,
      ExperimentListener listener,
      int parallel) {
    this(
        seed,
        outputDirectory,
        components,
        listener,
        parallel,
        ResultFiles.atomic(requireNonNull(outputDirectory, "outputDirectory is null")));
  }

  /** A copy with another listener. */
  public ExperimentContext withListener(ExperimentListener newListener) {
    return new ExperimentContext(seed, outputDirectory, components, newListener, parallel, files);
  }
}
