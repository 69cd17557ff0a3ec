package org.mine4j.bench.perf;

import static java.util.Objects.requireNonNull;

/**
 * Milliseconds per training step of one implementation on one {@link StepSpec}: median, minimum and
 * maximum over the timed blocks (each block's mean time per step).
 *
 * @param implementation e.g. {@code mine4j-concat}
 * @param spec the {@code critic:d:n:HxL} text
 * @param medianMs median over blocks of ms per step
 * @param minMs fastest block
 * @param maxMs slowest block
 */
public record StepTiming(
    String implementation, String spec, double medianMs, double minMs, double maxMs) {
  public StepTiming {
    requireNonNull(implementation, "implementation is null");
    requireNonNull(spec, "spec is null");
  }

  /** One line in the style of torch_step.py's output. */
  public String format() {
    return String.format(
        java.util.Locale.ROOT,
        "%s %s: %.3f ms/step (blocks %.3f..%.3f)",
        implementation,
        spec,
        medianMs,
        minMs,
        maxMs);
  }
}
