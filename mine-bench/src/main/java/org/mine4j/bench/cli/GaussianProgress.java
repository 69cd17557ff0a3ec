package org.mine4j.bench.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.mine4j.api.TrainingListener;
import org.mine4j.bench.gaussian.GaussianMonitor;
import org.mine4j.bench.gaussian.GaussianRun;

/**
 * The progress of {@code bench gaussian} on stderr. On a terminal, a bar redrawn in place at most
 * five times a second from the trainings' own steps, so it moves from the first second: runs done
 * of all, the share of the work done (finished runs plus the step share of the running ones), the
 * time left at the rate so far, and the latest step. In a log, one plain line per finished run.
 * With {@link ProgressStyle#NONE}, nothing. Thread-safe.
 */
final class GaussianProgress implements GaussianMonitor {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final ProgressStyle style;
  private final int total;
  private final long start = System.nanoTime();
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger diverged = new AtomicInteger();
  private final Map<String, Double> running = new ConcurrentHashMap<>();
  private long lastDraw;
  private String latest = "starting";
  private boolean drawn;

  GaussianProgress(PrintWriter err, ProgressStyle style, int total) {
    this.err = requireNonNull(err, "err is null");
    this.style = requireNonNull(style, "style is null");
    this.total = Math.max(1, total);
  }

  @Override
  public TrainingListener listener(double rho, String estimator) {
    if (style != ProgressStyle.BAR) {
      return TrainingListener.NONE;
    }
    String label = label(estimator, rho);
    return status -> {
      running.put(label, (double) status.step() / Math.max(1, status.totalSteps()));
      redraw(label + " step " + status.step() + "/" + status.totalSteps(), false);
    };
  }

  @Override
  public void finished(GaussianRun run) {
    int count = done.incrementAndGet();
    if (run.diverged()) {
      diverged.incrementAndGet();
    }
    String label = label(run.estimator(), run.rho());
    running.remove(label);
    String outcome =
        run.diverged()
            ? "diverged at step " + run.divergedStep().getAsLong()
            : String.format(Locale.ROOT, "%.4f nats", run.estimate().getAsDouble());
    switch (style) {
      case BAR -> redraw(label + ": " + outcome, true);
      case LINES -> {
        synchronized (this) {
          err.printf(
              Locale.ROOT,
              "[%d/%d] %s (true %.4f): %s in %.1f s%n",
              count,
              total,
              label,
              run.trueMi(),
              outcome,
              run.seconds());
          err.flush();
        }
      }
      case NONE -> {}
    }
  }

  /** Draws the empty bar at once, before the estimators are loaded and the first samples drawn. */
  synchronized void start() {
    if (style == ProgressStyle.BAR) {
      latest = "loading the estimators and drawing samples";
      redrawNow();
    }
  }

  /** Ends the bar's line, if one was drawn. */
  synchronized void finish() {
    if (drawn) {
      redrawNow();
      err.println();
      err.flush();
      drawn = false;
    }
  }

  private synchronized void redraw(String event, boolean force) {
    latest = event;
    long now = System.nanoTime();
    if (!force && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    redrawNow();
  }

  private void redrawNow() {
    double fraction = fraction();
    int filled = (int) Math.min(WIDTH, Math.round(WIDTH * fraction));
    err.printf(
        Locale.ROOT,
        "\rbench gaussian [%s%s] %d/%d runs %3.0f%%%s, ETA %s | %s\033[K",
        "#".repeat(filled),
        ".".repeat(WIDTH - filled),
        done.get(),
        total,
        100 * fraction,
        diverged.get() > 0 ? ", " + diverged.get() + " diverged" : "",
        eta(fraction),
        latest);
    err.flush();
    drawn = true;
  }

  /** Finished runs plus the step share of the running ones, over all runs. */
  double fraction() {
    double partial = 0;
    for (double share : running.values()) {
      partial += share;
    }
    return Math.min(1.0, (done.get() + partial) / total);
  }

  private String eta(double fraction) {
    double elapsed = (System.nanoTime() - start) / 1e9;
    if (fraction <= 0 || elapsed < 1) {
      return "--";
    }
    long seconds = Math.round(elapsed / fraction * (1 - fraction));
    return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
  }

  private static String label(String estimator, double rho) {
    return String.format(Locale.ROOT, "%s rho=%.3f", estimator, rho);
  }
}
