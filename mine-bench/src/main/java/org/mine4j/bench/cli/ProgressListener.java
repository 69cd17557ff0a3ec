package org.mine4j.bench.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import org.mine4j.api.TrainingListener;
import org.mine4j.api.TrainingStatus;

/**
 * Prints a progress line to stderr every tenth of the step budget (used only when stderr is a
 * terminal).
 */
final class ProgressListener implements TrainingListener {
  private final PrintWriter err;
  private final String label;

  ProgressListener(PrintWriter err, String label) {
    this.err = requireNonNull(err, "err is null");
    this.label = requireNonNull(label, "label is null");
  }

  @Override
  public void onStep(TrainingStatus status) {
    long every = Math.max(1, status.totalSteps() / 10);
    if (status.step() % every == 0 || status.step() == status.totalSteps()) {
      err.printf(
          "%s: step %d/%d, training bound %.4f nats%n",
          label, status.step(), status.totalSteps(), status.trainingBound());
      err.flush();
    }
  }
}
