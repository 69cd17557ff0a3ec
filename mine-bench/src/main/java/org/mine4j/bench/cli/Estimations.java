package org.mine4j.bench.cli;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.Estimator;
import org.mine4j.api.IoProblems;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Samples;
import org.mine4j.bench.plugins.Components;
import org.mine4j.datasets.csv.CsvSamples;
import org.mine4j.datasets.csv.HeaderMode;

/**
 * The steps {@code estimate} and {@code bmi} share: make the estimator (first, to fail fast), read
 * the data from a file, standard input ({@code -}) or a pipe.
 */
final class Estimations {
  /** The file name that stands for standard input. */
  static final String STDIN = "-";

  /** How long a pipe may stay without a writer before the user is told what is going on. */
  static final long NOTICE_AFTER_MILLIS = 2000;

  private Estimations() {}

  /**
   * The named estimator with options; UNKNOWN_COMPONENT or INVALID_OPTIONS errors name the problem.
   */
  static Estimator estimator(Components components, String name, Map<String, String> options) {
    return components.estimator(name).create(Map.copyOf(options), components);
  }

  /**
   * The header mode of a {@code --header} value: auto, yes or no (true and false too).
   *
   * @throws MineException INVALID_OPTIONS for anything else
   */
  static HeaderMode headerMode(String value) {
    try {
      return HeaderMode.fromOptionValue(value);
    } catch (IllegalArgumentException e) {
      throw MineException.invalidOptions("--header must be auto, yes or no, found '" + value + "'");
    }
  }

  /**
   * The rows of a CSV file, of standard input for {@code -}, or of a pipe, in file order ({@link
   * CsvSamples}: optional header, a dimension of 0 is inferred from an X..,Y.. header);
   * INVALID_DATA errors name the file, line and column.
   *
   * @param notices where to say that a pipe has no writer yet (empty: say nothing, as bmi must)
   */
  static Samples read(
      Path file, int dimX, int dimY, HeaderMode header, Optional<PrintWriter> notices) {
    if (file.toString().equals(STDIN)) {
      return CsvSamples.read(System.in, "standard input", dimX, dimY, header);
    }
    if (Files.isRegularFile(file) || !Files.exists(file) || Files.isDirectory(file)) {
      return CsvSamples.read(file, dimX, dimY, header);
    }
    // A FIFO, /dev/stdin or a process substitution: opening it waits for a writer.
    AtomicBoolean opened = new AtomicBoolean();
    notices.ifPresent(err -> startNotice(err, file, opened));
    // FileInputStream, not Files.newInputStream: the latter's available() seeks, which a pipe
    // refuses ("illegal seek").
    try (InputStream in = new FileInputStream(file.toFile())) {
      opened.set(true);
      return CsvSamples.read(in, file.toString(), dimX, dimY, header);
    } catch (IOException e) {
      throw new MineException(
          ErrorCode.IO_FAILURE, "could not read " + file + ": " + IoProblems.describe(e), e);
    } finally {
      opened.set(true);
    }
  }

  private static void startNotice(PrintWriter err, Path file, AtomicBoolean opened) {
    Thread notice =
        new Thread(
            () -> {
              try {
                Thread.sleep(NOTICE_AFTER_MILLIS);
              } catch (InterruptedException e) {
                return;
              }
              if (!opened.get()) {
                err.println(
                    "mine4j: waiting for data from "
                        + file
                        + ", which is not a regular file (a named pipe with no writer yet?);"
                        + " start the program that writes to it, or press Ctrl-C");
                err.flush();
              }
            },
            "mine4j-pipe-notice");
    notice.setDaemon(true);
    notice.start();
  }
}
