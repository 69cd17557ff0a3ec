package org.mine4j.datasets.mnist;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.data.Sampler;
import org.mine4j.api.data.Samples;
import org.mine4j.datasets.internal.ShuffledOrder;

/**
 * MNIST or Fashion-MNIST as a finite dataset of pairs (image, label): X is an image scaled to [0,
 * 1] (784 values, row-major 28 x 28), Y its class one-hot (10 values). I(X;Y) is not known in
 * closed form (it is at most H(Y) ≈ ln 10 ≈ 2.30 nats, and about that because the label is nearly a
 * function of the image), so {@link #trueMutualInformation()} is empty. Rows come in seeded
 * shuffled passes, as for the {@code csv} dataset.
 *
 * <p>Sources: LeCun, Bottou, Bengio &amp; Haffner, "Gradient-based learning applied to document
 * recognition", Proc. IEEE 1998 (MNIST); Xiao, Rasul &amp; Vollgraf, "Fashion-MNIST", 2017.
 */
public final class MnistDataset implements Dataset {
  private final MnistVariant variant;
  private final MnistOptions options;
  private final MnistImages images;

  private MnistDataset(MnistVariant variant, MnistOptions options, MnistImages images) {
    this.variant = variant;
    this.options = options;
    this.images = images;
  }

  /**
   * Reads the split named by the options.
   *
   * @throws MineException INVALID_DATA if the folder or a file is missing or malformed (the message
   *     names the fetch command)
   */
  public static MnistDataset load(MnistVariant variant, MnistOptions options) {
    requireNonNull(variant, "variant is null");
    requireNonNull(options, "options is null");
    return new MnistDataset(
        variant, options, MnistImages.load(variant, options.dir(), options.split()));
  }

  /** The images and labels in file order. */
  public MnistImages images() {
    return images;
  }

  /** Which image set this is. */
  public MnistVariant variant() {
    return variant;
  }

  @Override
  public String name() {
    return variant.datasetName();
  }

  @Override
  public Map<String, String> options() {
    return options.toProperties();
  }

  @Override
  public int dimX() {
    return images.pixelsPerImage();
  }

  @Override
  public int dimY() {
    return MnistVariant.CLASSES;
  }

  @Override
  public OptionalDouble trueMutualInformation() {
    return OptionalDouble.empty();
  }

  @Override
  public OptionalInt size() {
    return OptionalInt.of(images.size());
  }

  @Override
  public Sampler sampler(long seed) {
    ShuffledOrder order = new ShuffledOrder(images.size(), seed);
    return n -> images.samples(order.next(n));
  }

  /**
   * The first {@code n} images of a seeded shuffle.
   *
   * @throws MineException INVALID_OPTIONS if {@code n} exceeds the number of images
   */
  @Override
  public Samples sample(int n, long seed) {
    if (n > images.size()) {
      throw MineException.invalidOptions(
          "asked for "
              + n
              + " rows but the "
              + variant.displayName()
              + " "
              + options.split().optionValue()
              + " split has "
              + images.size()
              + "; use a sample size of at most "
              + images.size());
    }
    return sampler(seed).next(n);
  }

  @Override
  public String toString() {
    return "MnistDataset[" + name() + ", " + options.toProperties() + ", " + images + "]";
  }
}
