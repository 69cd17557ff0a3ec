package org.mine4j.datasets.mnist;

/**
 * The content of an IDX image file as {@link IdxReader#readImages(java.nio.file.Path)} read it:
 * {@code count} images of {@code rows} x {@code columns} unsigned-byte pixels (0 = background, 255
 * = ink in MNIST), row-major, image after image. Immutable; the pixel bytes stay private.
 */
public final class IdxImages {
  private final int count;
  private final int rows;
  private final int columns;
  private final byte[] pixels;

  IdxImages(int count, int rows, int columns, byte[] pixels) {
    this.count = count;
    this.rows = rows;
    this.columns = columns;
    this.pixels = pixels;
  }

  /** The number of images. */
  public int count() {
    return count;
  }

  /** Pixel rows per image (28 for MNIST). */
  public int rows() {
    return rows;
  }

  /** Pixel columns per image (28 for MNIST). */
  public int columns() {
    return columns;
  }

  /** Pixels per image, rows x columns. */
  public int pixelsPerImage() {
    return rows * columns;
  }

  /** The pixel value 0–255 of image {@code image} at ({@code row}, {@code column}). */
  public int pixel(int image, int row, int column) {
    if (image < 0 || image >= count || row < 0 || row >= rows || column < 0 || column >= columns) {
      throw new IndexOutOfBoundsException(
          "pixel (" + image + ", " + row + ", " + column + ") of " + this);
    }
    return pixels[(image * rows + row) * columns + column] & 0xff;
  }

  /** The raw pixel bytes, not copied (for this package's readers). */
  byte[] bytes() {
    return pixels;
  }

  @Override
  public String toString() {
    return "IdxImages[" + count + " images of " + rows + "x" + columns + "]";
  }
}
