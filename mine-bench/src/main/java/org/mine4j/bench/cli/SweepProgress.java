package org.mine4j.bench.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.mine4j.bench.sweep.RunRecord;

/**
 * The progress of {@code bench run} on stderr: on a terminal a one-line bar redrawn in place (runs
 * done of all, failures, the estimated time left from the mean time per finished run so far, and
 * the latest run); otherwise one plain line per finished run, for logs. Thread-safe: runs report
 * from their workers.
 */
final class SweepProgress implements Consumer<RunRecord> {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean interactive;
  private final int total;
  private final long start = System.nanoTime();
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private boolean drawn;

  /**
   * @param err where to write
   * @param interactive whether stderr is a terminal (a bar) or not (plain lines)
   * @param total the runs this invocation does
   */
  SweepProgress(PrintWriter err, boolean interactive, int total) {
    this.err = requireNonNull(err, "err is null");
    this.interactive = interactive;
    this.total = total;
  }

  @Override
  public void accept(RunRecord record) {
    int count = done.incrementAndGet();
    if (record.failed()) {
      failed.incrementAndGet();
    }
    String outcome =
        record.failed()
            ? "FAILED: " + record.json().path("error").asText()
            : String.format(
                Locale.ROOT,
                "%.4f nats (true %.4f)",
                record.estimate().getAsDouble(),
                record.truth().orElse(Double.NaN));
    synchronized (this) {
      if (interactive) {
        int filled = (int) ((long) WIDTH * count / Math.max(1, total));
        err.printf(
            Locale.ROOT,
            "\rbench run [%s%s] %d/%d runs, %d failed, ETA %s | %s: %s\033[K",
            "#".repeat(filled),
            ".".repeat(WIDTH - filled),
            count,
            total,
            failed.get(),
            eta(count),
            record.key(),
            outcome);
        drawn = true;
      } else {
        err.printf(
            Locale.ROOT,
            "[%d/%d] %s: %s in %.1f s%n",
            count,
            total,
            record.key(),
            outcome,
            record.json().path("seconds").asDouble());
      }
      err.flush();
    }
  }

  /** Ends the bar's line, if one was drawn. */
  synchronized void finish() {
    if (drawn) {
      err.println();
      err.flush();
      drawn = false;
    }
  }

  private String eta(int count) {
    long elapsed = System.nanoTime() - start;
    long seconds = Math.round(elapsed / 1e9 / count * (total - count));
    return seconds >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds / 60 % 60)
        : String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
  }
}
