package org.mine4j.datasets.mnist;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.IoProblems;
import org.mine4j.api.MineException;

/**
 * Reads the IDX files of the MNIST database (LeCun, Bottou, Bengio &amp; Haffner 1998; LeCun,
 * Cortes &amp; Burges, yann.lecun.com/exdb/mnist) and of Fashion-MNIST (Xiao, Rasul &amp; Vollgraf
 * 2017), which share the format.
 *
 * <p>An IDX file is a big-endian magic number {@code 0x0000TTNN} (TT the element type, 0x08 for
 * unsigned bytes; NN the number of dimensions), NN big-endian 32-bit sizes, then the elements in
 * row-major order. Images are {@code 0x00000803} (count, rows, columns), labels {@code 0x00000801}
 * (count). A gzip-compressed file ({@code .gz}) is decompressed while reading; it is recognised by
 * its gzip magic bytes, so a decompressed file saved under a {@code .gz} name also reads.
 *
 * <p>Everything is checked: the magic number (an image file given for a label file, or an HTML
 * error page, is named as such), positive sizes, and exactly the announced number of bytes (a
 * truncated download and trailing bytes are both errors). Problems are {@link MineException}s with
 * {@link ErrorCode#INVALID_DATA} naming the file and the problem, and saying to re-fetch the files.
 */
public final class IdxReader {
  /** The magic number of an unsigned-byte, three-dimensional (images) IDX file. */
  public static final int IMAGES_MAGIC = 0x00000803;

  /** The magic number of an unsigned-byte, one-dimensional (labels) IDX file. */
  public static final int LABELS_MAGIC = 0x00000801;

  /** The fix for bad MNIST files. */
  static final String DEFAULT_FIX = MnistVariant.MNIST.fix();

  private static final int GZIP_MAGIC = 0x1f8b;

  private IdxReader() {}

  /** As {@link #readImages(Path, String)}, advising {@code scripts/fetch-mnist.sh}. */
  public static IdxImages readImages(Path file) {
    return readImages(file, DEFAULT_FIX);
  }

  /**
   * Reads an image file ({@code 0x00000803}).
   *
   * @param fix what the user should do about a bad file, appended to error messages
   * @throws MineException INVALID_DATA for a missing, malformed or truncated file, IO_FAILURE if
   *     reading fails
   */
  public static IdxImages readImages(Path file, String fix) {
    requireNonNull(file, "file is null");
    requireNonNull(fix, "fix is null");
    try (DataInputStream in = open(file, fix)) {
      int[] sizes = header(in, file, IMAGES_MAGIC, fix);
      long pixels = (long) sizes[0] * sizes[1] * sizes[2];
      if (sizes[1] == 0 || sizes[2] == 0) {
        throw bad(file, "announces images of " + sizes[1] + "x" + sizes[2] + " pixels", fix);
      }
      if (pixels > Integer.MAX_VALUE - 8) {
        throw bad(file, "announces " + pixels + " pixels, more than one Java array holds", fix);
      }
      String what = sizes[0] + " images of " + sizes[1] + "x" + sizes[2] + " pixels";
      byte[] body = body(in, file, (int) pixels, 16, what, fix);
      return new IdxImages(sizes[0], sizes[1], sizes[2], body);
    } catch (IOException e) {
      throw failure(file, e, fix);
    }
  }

  /** As {@link #readLabels(Path, String)}, advising {@code scripts/fetch-mnist.sh}. */
  public static byte[] readLabels(Path file) {
    return readLabels(file, DEFAULT_FIX);
  }

  /**
   * Reads a label file ({@code 0x00000801}): one unsigned byte per item ({@code b & 0xff}).
   *
   * @param fix what the user should do about a bad file, appended to error messages
   * @throws MineException INVALID_DATA for a missing, malformed or truncated file, IO_FAILURE if
   *     reading fails
   */
  public static byte[] readLabels(Path file, String fix) {
    requireNonNull(file, "file is null");
    requireNonNull(fix, "fix is null");
    try (DataInputStream in = open(file, fix)) {
      int[] sizes = header(in, file, LABELS_MAGIC, fix);
      return body(in, file, sizes[0], 8, sizes[0] + " labels", fix);
    } catch (IOException e) {
      throw failure(file, e, fix);
    }
  }

  private static DataInputStream open(Path file, String fix) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw bad(
          file,
          Files.isDirectory(file) ? "is a directory, not an IDX file" : "does not exist",
          fix);
    }
    BufferedInputStream buffered = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    buffered.mark(2);
    int first = buffered.read();
    int second = buffered.read();
    buffered.reset();
    InputStream in = buffered;
    if (((first << 8) | second) == GZIP_MAGIC) {
      in = new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16);
    }
    return new DataInputStream(in);
  }

  /** The sizes after a checked magic number. */
  private static int[] header(DataInputStream in, Path file, int expected, String fix)
      throws IOException {
    int magic;
    try {
      magic = in.readInt();
    } catch (EOFException e) {
      throw bad(file, "is shorter than an IDX magic number (4 bytes)", fix);
    }
    if (magic != expected) {
      throw bad(file, describeMagic(magic, expected), fix);
    }
    int[] sizes = new int[expected & 0xff];
    for (int i = 0; i < sizes.length; i++) {
      try {
        sizes[i] = in.readInt();
      } catch (EOFException e) {
        throw bad(file, "ends inside its header (after " + (4 + 4 * i) + " bytes)", fix);
      }
      if (sizes[i] < 0) {
        throw bad(file, "announces a negative size " + sizes[i] + " in dimension " + i, fix);
      }
    }
    return sizes;
  }

  private static String describeMagic(int magic, int expected) {
    String found = String.format("0x%08x", magic);
    String wanted =
        String.format("0x%08x (%s)", expected, expected == IMAGES_MAGIC ? "images" : "labels");
    if (magic == IMAGES_MAGIC || magic == LABELS_MAGIC) {
      return "is an IDX "
          + (magic == IMAGES_MAGIC ? "image" : "label")
          + " file (magic "
          + found
          + "), expected "
          + wanted
          + "; check that the file names were not swapped";
    }
    if ((magic >>> 16) == 0) {
      return "holds IDX data of type 0x"
          + String.format("%02x", (magic >>> 8) & 0xff)
          + " with "
          + (magic & 0xff)
          + " dimensions (magic "
          + found
          + "), expected "
          + wanted;
    }
    return "is not an IDX file: it starts with "
        + found
        + ", expected the magic number "
        + wanted
        + " (an HTML error page or a corrupted download?)";
  }

  /** Exactly {@code length} bytes and then the end of the data. */
  private static byte[] body(
      DataInputStream in, Path file, int length, int headerBytes, String what, String fix)
      throws IOException {
    byte[] data = in.readNBytes(length);
    if (data.length < length) {
      throw bad(
          file,
          "is truncated: it holds "
              + (headerBytes + data.length)
              + " bytes of data where "
              + what
              + " need "
              + (headerBytes + (long) length),
          fix);
    }
    if (in.read() != -1) {
      throw bad(
          file,
          "has bytes after its "
              + what
              + " ("
              + (headerBytes + (long) length)
              + " bytes expected); it is not the file its header describes",
          fix);
    }
    return data;
  }

  private static MineException failure(Path file, IOException e, String fix) {
    if (e instanceof EOFException || e instanceof ZipException) {
      return new MineException(
          ErrorCode.INVALID_DATA,
          file + " is a truncated or corrupted gzip file (" + e.getMessage() + "); " + fix,
          e);
    }
    return new MineException(
        ErrorCode.IO_FAILURE,
        "could not read "
            + file
            + ": "
            + IoProblems.describe(e)
            + "; check that the file is readable",
        e);
  }

  static MineException bad(Path file, String problem, String fix) {
    return MineException.invalidData(file + " " + problem + "; " + fix);
  }
}
