package org.mine4j.bench.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar on a terminal's stderr, redrawn in place at most five times a second:
 * steps done of all runs, the percentage, and the latest run's step and estimate. Thread-safe (runs
 * report from their workers). Print {@link #finish()} at the end to leave the line.
 */
final class ProgressBar {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final String title;
  private final long total;
  private final AtomicLong done = new AtomicLong();
  private long lastDraw;

  ProgressBar(PrintWriter err, String title, long total) {
    this.err = requireNonNull(err, "err is null");
    this.title = requireNonNull(title, "title is null");
    this.total = Math.max(1, total);
  }

  /** One more step of run {@code label}, whose estimate is now {@code estimate}. */
  void step(String label, long step, double estimate, double truth) {
    long count = done.incrementAndGet();
    long now = System.nanoTime();
    synchronized (this) {
      if (now - lastDraw < REDRAW_NANOS && count < total) {
        return;
      }
      lastDraw = now;
      int filled = (int) (WIDTH * count / total);
      err.printf(
          Locale.ROOT,
          "\r%s [%s%s] %3d%% %d/%d steps | %s step %d: %.2f nats (true %.0f)   ",
          title,
          "#".repeat(filled),
          ".".repeat(WIDTH - filled),
          100 * count / total,
          count,
          total,
          label,
          step,
          estimate,
          truth);
      err.flush();
    }
  }

  /** Ends the bar's line. */
  synchronized void finish() {
    err.println();
    err.flush();
  }
}
