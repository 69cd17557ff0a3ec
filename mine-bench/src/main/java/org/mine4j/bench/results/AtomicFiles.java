package org.mine4j.bench.results;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.IoProblems;
import org.mine4j.api.MineException;

/**
 * Writes a file atomically: the text goes to a temporary file in the same directory, which is then
 * moved over the target with {@code ATOMIC_MOVE}, so a reader sees the old file or the complete new
 * one and a failure leaves no partial file behind. A temporary file still being written when the
 * JVM shuts down (Ctrl-C, SIGTERM) is deleted by a shutdown hook; only SIGKILL can leave one.
 */
public final class AtomicFiles {
  private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

  private AtomicFiles() {}

  /** Registers the shutdown hook once, on first use. */
  private static final class Cleanup {
    static {
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> IN_PROGRESS.forEach(AtomicFiles::deleteQuietly), "mine4j-temporary-files"));
    }

    static void track(Path temporary) {
      IN_PROGRESS.add(temporary);
    }
  }

  /** The temporary files being written now (for tests). */
  static Set<Path> inProgress() {
    return Set.copyOf(IN_PROGRESS);
  }

  /**
   * Writes {@code text} (UTF-8) to {@code target}, creating its directory.
   *
   * @throws MineException IO_FAILURE naming the file
   */
  public static void write(Path target, String text) {
    requireNonNull(text, "text is null");
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes {@code bytes} (e.g. a PNG) to {@code target}, creating its directory.
   *
   * @throws MineException IO_FAILURE naming the file
   */
  public static void write(Path target, byte[] bytes) {
    requireNonNull(bytes, "bytes is null");
    write(target, out -> out.write(bytes));
  }

  /** Something that writes a file's content to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Streams {@code content} to {@code target} through a temporary file, creating its directory: a
   * large file never has to fit in memory, and a failure or shutdown midway leaves nothing.
   *
   * @throws MineException IO_FAILURE naming the file
   */
  public static void write(Path target, Content content) {
    requireNonNull(target, "target is null");
    requireNonNull(content, "content is null");
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Path temporary = null;
    try {
      Files.createDirectories(directory);
      temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
      Cleanup.track(temporary);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
        content.writeTo(out);
      }
      if (Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
        // createTempFile makes the file private (rw-------); results are ordinary files.
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
      }
      try {
        Files.move(
            temporary,
            absolute,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new MineException(
          ErrorCode.IO_FAILURE, "cannot write " + target + ": " + IoProblems.describe(e), e);
    } finally {
      if (temporary != null) {
        IN_PROGRESS.remove(temporary);
      }
    }
  }

  /**
   * Fails early, before hours of training, if nothing can be written under {@code directory}: its
   * nearest existing ancestor must be a writable directory.
   *
   * @throws MineException IO_FAILURE naming the path
   */
  public static void checkWritable(Path directory) {
    requireNonNull(directory, "directory is null");
    Path existing = directory.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
      throw new MineException(
          ErrorCode.IO_FAILURE,
          "cannot write results under "
              + directory
              + ": "
              + (existing == null
                  ? "no existing parent"
                  : existing + " is not a writable directory")
              + "; choose another output directory");
    }
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // The original failure is what the user needs to see; a stray temporary file is harmless.
    }
  }
}
