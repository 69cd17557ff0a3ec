package org.mine4j.api;

/**
 * What went wrong, as a stable code that tools and tests can match on; see {@link MineException}.
 */
public enum ErrorCode {
  /** A name (estimator, dataset, experiment, network) that no plugin registered. */
  UNKNOWN_COMPONENT,
  /** Two plugins registered the same name for the same kind of component. */
  DUPLICATE_COMPONENT,
  /** An option that is unknown, malformed or out of range. */
  INVALID_OPTIONS,
  /**
   * Input data that cannot be used: missing or empty file, ragged rows, non-numeric or non-finite
   * cells, wrong shape.
   */
  INVALID_DATA,
  /** The training loss became NaN or infinite; the run stopped at that step. */
  NON_FINITE_LOSS,
  /** Reading or writing a file failed. */
  IO_FAILURE,
  /** A bug: an invariant of the library does not hold. */
  INTERNAL
}
