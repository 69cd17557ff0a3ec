package org.mine4j.api.experiment;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;

/**
 * Where an experiment writes its result files: each write is whole or nothing (a reader never sees
 * a partial file), under the output directory of the run. The CLI supplies its own; {@link
 * #atomic(Path)} is a plain implementation for library use and tests.
 */
@FunctionalInterface
public interface ResultFiles {
  /**
   * Writes {@code bytes} to {@code relativePath} under the output directory, creating directories.
   *
   * @return the path written
   * @throws MineException IO_FAILURE naming the file
   */
  Path write(String relativePath, byte[] bytes);

  /** Temporary file in the target's directory, then an atomic move over the target. */
  static ResultFiles atomic(Path outputDirectory) {
    requireNonNull(outputDirectory, "outputDirectory is null");
    return (relativePath, bytes) -> {
      Path target = outputDirectory.resolve(relativePath).toAbsolutePath();
      Path temporary = null;
      try {
        Files.createDirectories(target.getParent());
        temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        Files.write(temporary, bytes);
        try {
          Files.move(
              temporary,
              target,
              StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
      } catch (IOException e) {
        try {
          if (temporary != null) {
            Files.deleteIfExists(temporary);
          }
        } catch (IOException ignored) {
          // the original failure is the one to report
        }
        throw new MineException(
            ErrorCode.IO_FAILURE, "cannot write " + target + ": " + e.getMessage(), e);
      }
    };
  }
}
