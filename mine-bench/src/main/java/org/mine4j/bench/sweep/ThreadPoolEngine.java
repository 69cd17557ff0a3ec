package org.mine4j.bench.sweep;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.mine4j.api.MineException;
import org.mine4j.bench.parallel.RunPool;

/**
 * The default engine, {@code threads}: runs the sweep in this JVM on a pool of {@code --parallel}
 * threads (default: the number of cores), each training single-threaded (the launcher sets one
 * OpenMP/OpenBLAS thread), so independent trainings fill the cores without oversubscription.
 */
public final class ThreadPoolEngine implements SweepEngine {
  /** The engine's name. */
  public static final String NAME = "threads";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void checkSettings(OptionalInt parallel, Optional<String> master) {
    if (master.isPresent()) {
      throw MineException.invalidOptions(
          "--master is a setting of --engine spark; the threads engine runs in this JVM (drop"
              + " --master or add --engine spark)");
    }
  }

  @Override
  public void run(SweepJob job, RunLog log, Consumer<RunRecord> progress) {
    requireNonNull(job, "job is null");
    requireNonNull(log, "log is null");
    requireNonNull(progress, "progress is null");
    checkSettings(job.parallel(), job.master());
    int threads = job.parallel().orElse(Runtime.getRuntime().availableProcessors());
    List<Callable<RunRecord>> tasks = new ArrayList<>();
    for (RunSpec spec : job.runs()) {
      tasks.add(
          () -> {
            RunRecord record = job.execute(spec);
            log.append(record);
            progress.accept(record);
            return record;
          });
    }
    if (!tasks.isEmpty()) {
      RunPool.runAll(tasks, threads);
    }
  }
}
