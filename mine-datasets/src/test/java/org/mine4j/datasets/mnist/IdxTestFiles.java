package org.mine4j.datasets.mnist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small synthetic IDX files for the reader's tests. */
final class IdxTestFiles {
  private IdxTestFiles() {}

  /** A magic number and big-endian sizes. */
  static byte[] header(int magic, int... sizes) {
    ByteBuffer buffer = ByteBuffer.allocate(4 + 4 * sizes.length);
    buffer.putInt(magic);
    for (int size : sizes) {
      buffer.putInt(size);
    }
    return buffer.array();
  }

  /** The pattern pixel value of image {@code image} at flat index {@code index}. */
  static int pixel(int image, int index) {
    return (image * 31 + index * 7) % 256;
  }

  /** {@code count} images of rows x columns holding {@link #pixel}. */
  static byte[] images(int count, int rows, int columns) {
    byte[] body = new byte[count * rows * columns];
    for (int i = 0; i < count; i++) {
      for (int j = 0; j < rows * columns; j++) {
        body[i * rows * columns + j] = (byte) pixel(i, j);
      }
    }
    return concat(header(IdxReader.IMAGES_MAGIC, count, rows, columns), body);
  }

  /** A label file holding {@code labels}. */
  static byte[] labels(int... labels) {
    byte[] body = new byte[labels.length];
    for (int i = 0; i < labels.length; i++) {
      body[i] = (byte) labels[i];
    }
    return concat(header(IdxReader.LABELS_MAGIC, labels.length), body);
  }

  /** Labels i mod 10 for i = 0 … count − 1. */
  static byte[] patternLabels(int count) {
    int[] labels = new int[count];
    for (int i = 0; i < count; i++) {
      labels[i] = label(i);
    }
    return labels(labels);
  }

  /** The pattern label of item {@code i}. */
  static int label(int i) {
    return i % 10;
  }

  /**
   * Writes one split of {@code count} 28x28 pattern images into {@code dir}, gzipped (with a .gz
   * name) if asked.
   */
  static void writeSplit(Path dir, MnistSplit split, int count, boolean gzip) {
    String suffix = gzip ? ".gz" : "";
    byte[] images = images(count, 28, 28);
    byte[] labels = patternLabels(count);
    write(dir.resolve(split.imagesFileName() + suffix), gzip ? gzip(images) : images);
    write(dir.resolve(split.labelsFileName() + suffix), gzip ? gzip(labels) : labels);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static Path write(Path file, byte[] content) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
