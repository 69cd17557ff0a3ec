package org.mine4j.datasets.mnist;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.DatasetFactory;

/**
 * Makes the {@code mnist} and {@code fashion-mnist} datasets ({@link MnistDataset}: X an image in
 * [0, 1]^784, Y its label one-hot) from the properties {@code dir} and {@code split}; see {@link
 * MnistOptions}. The files come from {@code scripts/fetch-mnist.sh}.
 */
public final class MnistDatasetFactory implements DatasetFactory {
  private final MnistVariant variant;

  /** The factory of one variant. */
  public MnistDatasetFactory(MnistVariant variant) {
    this.variant = requireNonNull(variant, "variant is null");
  }

  /** The {@code mnist} factory. */
  public static MnistDatasetFactory mnist() {
    return new MnistDatasetFactory(MnistVariant.MNIST);
  }

  /** The {@code fashion-mnist} factory. */
  public static MnistDatasetFactory fashionMnist() {
    return new MnistDatasetFactory(MnistVariant.FASHION_MNIST);
  }

  @Override
  public String name() {
    return variant.datasetName();
  }

  @Override
  public String description() {
    return variant == MnistVariant.MNIST
        ? "MNIST handwritten digits: X a 28x28 image in [0,1], Y its digit one-hot; true MI unknown"
        : "Fashion-MNIST articles: X a 28x28 image in [0,1], Y its class one-hot; true MI unknown";
  }

  @Override
  public List<OptionSpec> options() {
    return MnistOptions.specs(variant);
  }

  @Override
  public Dataset create(Map<String, String> options) {
    return MnistDataset.load(variant, MnistOptions.fromProperties(variant, options));
  }
}
