package org.mine4j.bench.sweep;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.mine4j.api.spi.ComponentLookup;

/**
 * Runs the runs of a {@link SweepPlan} that its {@link RunLog} does not hold yet on a {@link
 * SweepEngine}, which appends each to the log the moment it finishes. A run that fails is recorded
 * as failed with its reason ({@link RunExecutor}) and the sweep goes on; only a failure to write
 * the log (or of the engine itself) stops it.
 */
public final class Sweep {
  private final SweepPlan plan;
  private final RunExecutor executor;
  private final ObjectNode environment;

  /**
   * @param plan the runs
   * @param components where an engine running elsewhere makes the estimators again, and where the
   *     tasks' datasets are made
   * @param environment the provenance block every record carries (versions, Java, OS, commit)
   */
  public Sweep(SweepPlan plan, ComponentLookup components, ObjectNode environment) {
    this.plan = requireNonNull(plan, "plan is null");
    this.executor = new RunExecutor(components);
    this.environment = requireNonNull(environment, "environment is null").deepCopy();
  }

  /** The runs of the plan not in the log, in plan order. */
  public List<RunSpec> pending(RunLog log) {
    return plan.runs().stream().filter(run -> !log.contains(run.key())).toList();
  }

  /**
   * Runs the pending runs on an engine.
   *
   * @param log where each finished run is appended
   * @param engine where the runs execute
   * @param parallel {@code --parallel}, if given
   * @param master {@code --master}, if given
   * @param progress called (from any thread) after each run is appended
   */
  public void run(
      RunLog log,
      SweepEngine engine,
      OptionalInt parallel,
      Optional<String> master,
      Consumer<RunRecord> progress) {
    requireNonNull(log, "log is null");
    requireNonNull(engine, "engine is null");
    requireNonNull(progress, "progress is null");
    SweepJob job =
        new SweepJob(pending(log), executor, plan.masterSeed(), environment, parallel, master);
    engine.run(job, log, progress);
  }
}
