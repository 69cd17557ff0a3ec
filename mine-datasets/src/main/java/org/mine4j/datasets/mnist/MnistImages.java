package org.mine4j.datasets.mnist;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Samples;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One split of MNIST or Fashion-MNIST in memory: n grey images of rows x columns pixels with their
 * class labels 0–9, read and checked by {@link IdxReader}.
 *
 * <p>Pixels are kept as the file's bytes (47 MB for the 60,000 training images, a quarter of
 * float32) and scaled to [0, 1] as x = byte / 255 when copied out: {@link #pixels()} as a float
 * array, {@link #flat()} as an n x 784 ND4J matrix (the permutation-invariant view), {@link
 * #images()} as n x 1 x 28 x 28 (channels first, for convolutions). The ND4J views need a backend
 * at run time (mine-bench chooses nd4j-native); everything else is plain Java.
 */
public final class MnistImages {
  private static final Logger log = LoggerFactory.getLogger(MnistImages.class);

  /**
   * Pixel bytes are divided by this (a division, so 255 gives exactly 1 and every value is the
   * float nearest to byte / 255).
   */
  private static final float MAX_PIXEL = 255.0f;

  private final IdxImages images;
  private final byte[] labels;

  private MnistImages(IdxImages images, byte[] labels) {
    this.images = images;
    this.labels = labels;
  }

  /**
   * Reads one split from {@code directory}, which holds the split's two IDX files, each either
   * plain or gzipped ({@code train-images-idx3-ubyte} or {@code train-images-idx3-ubyte.gz}).
   *
   * @throws MineException INVALID_DATA naming the file and the problem, and the fetch command
   */
  public static MnistImages load(MnistVariant variant, Path directory, MnistSplit split) {
    requireNonNull(variant, "variant is null");
    requireNonNull(directory, "directory is null");
    requireNonNull(split, "split is null");
    if (!Files.isDirectory(directory)) {
      throw MineException.invalidData(
          variant.displayName()
              + " folder not found: "
              + directory
              + " (absolute: "
              + directory.toAbsolutePath()
              + "); "
              + variant.fix()
              + ", or give dir= the folder that holds the IDX files");
    }
    Path imageFile = find(variant, directory, split.imagesFileName());
    Path labelFile = find(variant, directory, split.labelsFileName());
    MnistImages loaded = read(imageFile, labelFile, variant.fix());
    log.debug(
        "read {} {} {} images of {}x{} from {}",
        loaded.size(),
        variant.displayName(),
        split.optionValue(),
        loaded.rows(),
        loaded.columns(),
        directory);
    return loaded;
  }

  /**
   * Reads an image file and its label file and checks that they belong together: as many labels as
   * images, every label in 0–9.
   *
   * @param fix what the user should do about a bad file, appended to error messages
   * @throws MineException INVALID_DATA naming the file and the problem
   */
  public static MnistImages read(Path imageFile, Path labelFile, String fix) {
    IdxImages images = IdxReader.readImages(imageFile, fix);
    byte[] labels = IdxReader.readLabels(labelFile, fix);
    if (images.count() != labels.length) {
      throw MineException.invalidData(
          imageFile
              + " holds "
              + images.count()
              + " images but "
              + labelFile
              + " holds "
              + labels.length
              + " labels; the two files are from different splits or sets; "
              + fix);
    }
    if (images.count() == 0) {
      throw IdxReader.bad(imageFile, "holds no images", fix);
    }
    for (int i = 0; i < labels.length; i++) {
      int label = labels[i] & 0xff;
      if (label >= MnistVariant.CLASSES) {
        throw IdxReader.bad(
            labelFile,
            "holds label "
                + label
                + " at item "
                + i
                + ", expected 0 to "
                + (MnistVariant.CLASSES - 1),
            fix);
      }
    }
    return new MnistImages(images, labels);
  }

  private static Path find(MnistVariant variant, Path directory, String name) {
    Path plain = directory.resolve(name);
    if (Files.isRegularFile(plain)) {
      return plain;
    }
    Path gzipped = directory.resolve(name + ".gz");
    if (Files.isRegularFile(gzipped)) {
      return gzipped;
    }
    throw MineException.invalidData(
        variant.displayName()
            + " file not found: "
            + plain
            + " (or "
            + gzipped.getFileName()
            + ") in "
            + directory.toAbsolutePath()
            + "; "
            + variant.fix());
  }

  /** The number of images. */
  public int size() {
    return labels.length;
  }

  /** Pixel rows per image (28). */
  public int rows() {
    return images.rows();
  }

  /** Pixel columns per image (28). */
  public int columns() {
    return images.columns();
  }

  /** Pixels per image (784). */
  public int pixelsPerImage() {
    return images.pixelsPerImage();
  }

  /** The label 0–9 of image {@code image}. */
  public int label(int image) {
    return labels[image] & 0xff;
  }

  /** All labels, in file order (a copy). */
  public int[] labels() {
    int[] copy = new int[labels.length];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = labels[i] & 0xff;
    }
    return copy;
  }

  /** How many images carry each label 0–9. */
  public int[] labelCounts() {
    int[] counts = new int[MnistVariant.CLASSES];
    for (byte label : labels) {
      counts[label & 0xff]++;
    }
    return counts;
  }

  /** Pixel {@code index} (row-major, 0 to 783) of image {@code image}, in [0, 1]. */
  public float pixel(int image, int index) {
    if (index < 0 || index >= pixelsPerImage()) {
      throw new IndexOutOfBoundsException("pixel " + index + " of an image of " + pixelsPerImage());
    }
    return (images.bytes()[image * pixelsPerImage() + index] & 0xff) / MAX_PIXEL;
  }

  /** Copies image {@code image}, scaled to [0, 1], into {@code dst} at {@code offset}. */
  public void copyImage(int image, float[] dst, int offset) {
    int length = pixelsPerImage();
    byte[] bytes = images.bytes();
    int from = image * length;
    for (int j = 0; j < length; j++) {
      dst[offset + j] = (bytes[from + j] & 0xff) / MAX_PIXEL;
    }
  }

  /** All images scaled to [0, 1], row-major n x 784 (a new array). */
  public float[] pixels() {
    float[] all = new float[size() * pixelsPerImage()];
    for (int i = 0; i < size(); i++) {
      copyImage(i, all, i * pixelsPerImage());
    }
    return all;
  }

  /** The images as a new ND4J float matrix n x 784 in [0, 1]; needs an ND4J backend. */
  public INDArray flat() {
    return Nd4j.create(pixels(), new long[] {size(), pixelsPerImage()}, DataType.FLOAT);
  }

  /** The images as a new ND4J float array n x 1 x 28 x 28 in [0, 1]; needs an ND4J backend. */
  public INDArray images() {
    return Nd4j.create(pixels(), new long[] {size(), 1, rows(), columns()}, DataType.FLOAT);
  }

  /** The labels one-hot, a new ND4J float matrix n x 10; needs an ND4J backend. */
  public INDArray oneHotLabels() {
    return Nd4j.create(
        oneHot(allIndices()), new long[] {size(), MnistVariant.CLASSES}, DataType.FLOAT);
  }

  /**
   * The images at {@code indices} as paired samples: X the image scaled to [0, 1] (784 values), Y
   * its label one-hot (10 values).
   */
  public Samples samples(int[] indices) {
    requireNonNull(indices, "indices is null");
    int length = pixelsPerImage();
    float[] x = new float[indices.length * length];
    for (int i = 0; i < indices.length; i++) {
      copyImage(indices[i], x, i * length);
    }
    return Samples.ofRowMajor(x, oneHot(indices), indices.length, length, MnistVariant.CLASSES);
  }

  private float[] oneHot(int[] indices) {
    float[] y = new float[indices.length * MnistVariant.CLASSES];
    for (int i = 0; i < indices.length; i++) {
      y[i * MnistVariant.CLASSES + label(indices[i])] = 1.0f;
    }
    return y;
  }

  private int[] allIndices() {
    int[] all = new int[size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return all;
  }

  @Override
  public String toString() {
    return "MnistImages[" + size() + " images of " + rows() + "x" + columns() + "]";
  }
}
