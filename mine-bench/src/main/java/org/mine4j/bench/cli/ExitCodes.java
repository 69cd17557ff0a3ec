package org.mine4j.bench.cli;

/** The CLI's exit codes, which scripts rely on. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** An internal failure or a diverged training run. */
  public static final int FAILURE = 1;

  /** Bad input or usage: a message on stderr names the problem. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
