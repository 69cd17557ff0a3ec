package org.mine4j.bench.sweep;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.IoProblems;
import org.mine4j.api.MineException;

/**
 * The append-only {@code runs.jsonl} of a sweep: one JSON line per finished run. Each line is
 * written with one positional write of the whole line followed by {@link FileChannel#force}, so
 * after a crash (even {@code kill -9}) the file is a sequence of complete lines, possibly followed
 * by one torn line at the end; {@link #open} with {@code resume} reads the complete lines and cuts
 * the torn tail off (a last line without its newline, or a last line that is not a run record). The
 * file is locked while open so that two sweeps cannot write it at once.
 */
public final class RunLog implements Closeable {
  /** The file name under the output directory. */
  public static final String FILE = "runs.jsonl";

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final Map<RunKey, RunRecord> records;
  private final long discardedBytes;
  private long position;

  private RunLog(
      Path file,
      FileChannel channel,
      FileLock lock,
      Map<RunKey, RunRecord> records,
      long discardedBytes,
      long position) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.records = records;
    this.discardedBytes = discardedBytes;
    this.position = position;
  }

  /**
   * Opens {@code directory/runs.jsonl}, creating the directory and the file.
   *
   * @param directory the sweep's output directory
   * @param resume whether to keep and read the runs already in the file; without it the file must
   *     be missing or empty
   * @throws MineException INVALID_OPTIONS if the file holds runs and {@code resume} is false,
   *     INVALID_DATA if a line other than the last is not a run record, IO_FAILURE if the file
   *     cannot be read, written or locked
   */
  public static RunLog open(Path directory, boolean resume) {
    requireNonNull(directory, "directory is null");
    Path file = directory.resolve(FILE);
    try {
      if (!resume && Files.isRegularFile(file) && Files.size(file) > 0) {
        throw MineException.invalidOptions(
            file
                + " already holds the runs of a sweep; pass --resume to continue it or choose"
                + " another --out");
      }
      Files.createDirectories(directory);
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      try {
        FileLock lock = lock(channel, file);
        byte[] bytes = readAll(channel);
        Map<RunKey, RunRecord> records = new LinkedHashMap<>();
        long complete = parse(file, bytes, records);
        if (complete < bytes.length) {
          channel.truncate(complete);
          channel.force(true);
        }
        return new RunLog(file, channel, lock, records, bytes.length - complete, complete);
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
    } catch (IOException e) {
      throw new MineException(
          ErrorCode.IO_FAILURE, "cannot open " + file + ": " + IoProblems.describe(e), e);
    }
  }

  /** The file. */
  public Path file() {
    return file;
  }

  /** The runs read from the file when it was opened, in file order, one per key. */
  public synchronized List<RunRecord> existing() {
    return Collections.unmodifiableList(new ArrayList<>(records.values()));
  }

  /** The runs read when opened plus those appended since, one per key. */
  public synchronized List<RunRecord> all() {
    return List.copyOf(records.values());
  }

  /** Whether a run of that key is in the file. */
  public synchronized boolean contains(RunKey key) {
    return records.containsKey(key);
  }

  /** Bytes of a torn last line cut off when the file was opened (0 if none). */
  public long discardedBytes() {
    return discardedBytes;
  }

  /**
   * Appends one run: one write of the whole line, then {@code force}.
   *
   * @throws MineException IO_FAILURE naming the file
   */
  public synchronized void append(RunRecord record) {
    requireNonNull(record, "record is null");
    ByteBuffer line = ByteBuffer.wrap(record.toLine().getBytes(StandardCharsets.UTF_8));
    try {
      while (line.hasRemaining()) {
        position += channel.write(line, position);
      }
      channel.force(false);
    } catch (IOException e) {
      throw new MineException(
          ErrorCode.IO_FAILURE, "cannot append to " + file + ": " + IoProblems.describe(e), e);
    }
    records.putIfAbsent(record.key(), record);
  }

  @Override
  public synchronized void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new MineException(
          ErrorCode.IO_FAILURE, "cannot close " + file + ": " + IoProblems.describe(e), e);
    }
  }

  private static FileLock lock(FileChannel channel, Path file) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      throw new MineException(
          ErrorCode.IO_FAILURE,
          "another sweep is writing " + file + "; wait for it or choose another --out");
    }
    return lock;
  }

  private static byte[] readAll(FileChannel channel) throws IOException {
    long size = channel.size();
    if (size > Integer.MAX_VALUE - 8) {
      throw new IOException("file too large: " + size + " bytes");
    }
    ByteBuffer buffer = ByteBuffer.allocate((int) size);
    long offset = 0;
    while (buffer.hasRemaining()) {
      int read = channel.read(buffer, offset);
      if (read < 0) {
        break;
      }
      offset += read;
    }
    return buffer.array();
  }

  /** Reads the complete lines into {@code records}; returns the length of the valid prefix. */
  private static long parse(Path file, byte[] bytes, Map<RunKey, RunRecord> records) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(new int[] {start, i});
        start = i + 1;
      }
    }
    // Bytes after the last newline: a line torn by a crash.
    long valid = start;
    for (int l = 0; l < lines.size(); l++) {
      int[] line = lines.get(l);
      String text = new String(bytes, line[0], line[1] - line[0], StandardCharsets.UTF_8);
      if (text.isBlank()) {
        continue;
      }
      RunRecord record;
      try {
        record = RunRecord.parse(text);
      } catch (IllegalArgumentException e) {
        if (l == lines.size() - 1) {
          // A torn last line whose end happens to be a newline: discard it too.
          return line[0];
        }
        throw MineException.invalidData(
            "line "
                + (l + 1)
                + " of "
                + file
                + " is not a run record ("
                + e.getMessage()
                + "); only the last line may be torn: remove or fix that line, or choose another"
                + " --out");
      }
      records.putIfAbsent(record.key(), record);
    }
    return valid;
  }
}
