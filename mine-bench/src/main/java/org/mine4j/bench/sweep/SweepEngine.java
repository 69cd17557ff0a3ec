package org.mine4j.bench.sweep;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Where the runs of a sweep execute: {@code mine4j bench run --engine NAME}. The built-in engine is
 * {@link ThreadPoolEngine} ({@code threads}); others are found with {@link java.util.ServiceLoader}
 * (a {@code META-INF/services/org.mine4j.bench.sweep.SweepEngine} file), as the {@code spark}
 * engine of the {@code mine-spark} module is.
 *
 * <p>An engine must append every run's record to the log exactly once, as soon as it is known (so
 * that an interrupted sweep loses at most the runs in flight), and call the progress listener after
 * each append. Records are the ones {@link RunExecutor} makes, wherever it runs, so every engine
 * gives the same results for the same seeds.
 */
public interface SweepEngine {
  /** The name {@code --engine} selects, in lower case. */
  String name();

  /**
   * Checks the engine settings before anything is written, so that a bad setting leaves no output
   * behind. The default accepts all; {@link #run} may still reject what it can only check there.
   *
   * @param parallel {@code --parallel}, if given
   * @param master {@code --master}, if given
   * @throws org.mine4j.api.MineException INVALID_OPTIONS naming the setting and the fix
   */
  default void checkSettings(OptionalInt parallel, Optional<String> master) {}

  /**
   * Runs the job's runs.
   *
   * @param job the runs, how to run them and the engine settings
   * @param log where each finished run is appended
   * @param progress called after each append (from any thread)
   * @throws org.mine4j.api.MineException INVALID_OPTIONS for settings the engine does not take,
   *     IO_FAILURE if the log cannot be written, INTERNAL if the engine itself fails
   */
  void run(SweepJob job, RunLog log, Consumer<RunRecord> progress);
}
