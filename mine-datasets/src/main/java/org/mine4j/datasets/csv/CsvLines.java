package org.mine4j.datasets.csv;

import java.io.IOException;
import java.io.Reader;
import org.mine4j.api.MineException;

/**
 * The lines of a CSV source, one at a time, in bounded memory: LF, CRLF and CR line ends, a leading
 * byte-order mark dropped, and no line longer than {@link #MAX_LINE_LENGTH} characters (a binary
 * file, {@code /dev/zero} or a file without line breaks is refused at that point instead of filling
 * the heap). A NUL character marks a binary file. Single use; the reader is not closed.
 */
final class CsvLines {
  /** The longest line accepted: 1 MiB of characters, some 50,000 cells of 20 characters. */
  static final int MAX_LINE_LENGTH = 1 << 20;

  private final Reader reader;
  private final String source;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private int lineNumber;
  private boolean pendingLineFeed;
  private boolean finished;
  private StringBuilder line = new StringBuilder(256);

  CsvLines(Reader reader, String source) {
    this.reader = reader;
    this.source = source;
  }

  /** The 1-based number of the line last returned. */
  int lineNumber() {
    return lineNumber;
  }

  /** The next line without its line end, or null at the end of the input. */
  String next() throws IOException {
    if (finished) {
      return null;
    }
    line.setLength(0);
    while (true) {
      if (position == limit && !fill()) {
        finished = true;
        return line.length() > 0 ? emit() : null;
      }
      char ch = buffer[position++];
      if (pendingLineFeed) {
        pendingLineFeed = false;
        if (ch == '\n') {
          continue;
        }
      }
      if (ch == '\n') {
        return emit();
      }
      if (ch == '\r') {
        pendingLineFeed = true;
        return emit();
      }
      if (ch == '\0') {
        throw MineException.invalidData(
            source
                + " holds a NUL character on line "
                + (lineNumber + 1)
                + ": it is a binary file, not CSV text; export the data as a comma-separated text"
                + " file");
      }
      if (line.length() == MAX_LINE_LENGTH) {
        throw MineException.invalidData(
            "line "
                + (lineNumber + 1)
                + " of "
                + source
                + " is longer than "
                + MAX_LINE_LENGTH
                + " characters: this is not a CSV file of one sample per line (a binary file, or a"
                + " file without line breaks?)");
      }
      line.append(ch);
    }
  }

  private String emit() {
    lineNumber++;
    String text = line.toString();
    if (lineNumber == 1 && text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (line.capacity() > 1 << 16) {
      line = new StringBuilder(256);
    }
    return text;
  }

  private boolean fill() throws IOException {
    int read = reader.read(buffer, 0, buffer.length);
    if (read <= 0) {
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }
}
