package org.mine4j.api;

import static java.util.Objects.requireNonNull;

/**
 * The one exception type mine4j throws for conditions a user can act on. It carries an {@link
 * ErrorCode} and a message that names the problem and the fix ("unknown estimator 'mien'; did you
 * mean 'mine'? known: dv, mine, nwj").
 */
public class MineException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ErrorCode code;

  public MineException(ErrorCode code, String message) {
    super(message);
    this.code = requireNonNull(code, "code is null");
  }

  public MineException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = requireNonNull(code, "code is null");
  }

  /** The stable error code. */
  public ErrorCode code() {
    return code;
  }

  /** Shorthand for an {@link ErrorCode#INVALID_OPTIONS} error. */
  public static MineException invalidOptions(String message) {
    return new MineException(ErrorCode.INVALID_OPTIONS, message);
  }

  /** Shorthand for an {@link ErrorCode#INVALID_DATA} error. */
  public static MineException invalidData(String message) {
    return new MineException(ErrorCode.INVALID_DATA, message);
  }
}
