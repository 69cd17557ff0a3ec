package org.mine4j.bench.cli;

import java.util.Locale;
import org.mine4j.api.MineException;

/**
 * How a long command shows its progress on stderr: a bar redrawn in place on a terminal, one plain
 * line per finished run in a log, or nothing (an in-process caller that only wants the results).
 */
public enum ProgressStyle {
  /** A one-line bar redrawn in place (stderr is a terminal). */
  BAR,
  /** Plain lines, one per finished run (stderr is a file or a pipe). */
  LINES,
  /** Nothing where a command has the choice. */
  NONE;

  /** The system property that overrides the choice (the launcher sets it from {@code -t 2}). */
  public static final String PROPERTY = "mine4j.progress";

  /**
   * The style named by {@code bar}, {@code lines} or {@code none}.
   *
   * @throws MineException INVALID_OPTIONS for another name
   */
  public static ProgressStyle parse(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "bar" -> BAR;
      case "lines" -> LINES;
      case "none" -> NONE;
      default ->
          throw MineException.invalidOptions(
              PROPERTY + " must be bar, lines or none, found '" + name + "'");
    };
  }
}
