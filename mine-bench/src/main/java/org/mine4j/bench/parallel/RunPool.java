package org.mine4j.bench.parallel;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;

/**
 * Runs independent trainings on a fixed pool of daemon threads and returns their results in
 * submission order, so the output never depends on the number of threads. A run's exception is
 * rethrown as is (a {@link MineException} keeps its code); the remaining runs are cancelled.
 */
public final class RunPool {
  private RunPool() {}

  /**
   * @param parallel the number of runs at once, at least 1
   * @throws MineException INVALID_OPTIONS for {@code parallel < 1}
   */
  public static <T> List<T> runAll(List<Callable<T>> runs, int parallel) {
    requireNonNull(runs, "runs is null");
    if (parallel < 1) {
      throw MineException.invalidOptions("--parallel must be at least 1, found " + parallel);
    }
    ExecutorService pool = Executors.newFixedThreadPool(parallel, daemonThreads());
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> run : runs) {
        futures.add(pool.submit(run));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(await(future));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MineException(
          ErrorCode.INTERNAL, "interrupted while waiting for a training run", e);
    } catch (CancellationException e) {
      throw new MineException(ErrorCode.INTERNAL, "a training run was cancelled", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new MineException(ErrorCode.INTERNAL, "a training run failed: " + cause, cause);
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "mine4j-run-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
