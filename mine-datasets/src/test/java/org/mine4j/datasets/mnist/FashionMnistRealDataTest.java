package org.mine4j.datasets.mnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The real Fashion-MNIST files ({@code scripts/fetch-mnist.sh --fashion} puts them gzipped into
 * {@code data/fashion-mnist}): balanced classes and the published pixel statistics. Skipped when
 * the files are absent unless {@code MINE4J_REQUIRE_FASHION_MNIST=1}.
 */
class FashionMnistRealDataTest {
  @Test
  void splitsAreBalancedWithThePublishedPixelStatistics() {
    Path dir = RealData.directory(MnistVariant.FASHION_MNIST);
    MnistImages train = MnistImages.load(MnistVariant.FASHION_MNIST, dir, MnistSplit.TRAIN);
    MnistImages test = MnistImages.load(MnistVariant.FASHION_MNIST, dir, MnistSplit.TEST);

    assertThat(train.labelCounts()).containsOnly(6000);
    assertThat(test.labelCounts()).containsOnly(1000);
    // The first training image is an ankle boot (class 9), as in the dataset's README figure.
    assertThat(train.label(0)).isEqualTo(9);
    // Published normalisation constants (mean 0.2860, standard deviation 0.3530 of the training
    // pixels in [0, 1]), to four decimals: half a unit in the last place.
    double[] moments = RealData.meanAndStandardDeviation(train);
    assertThat(moments[0]).isCloseTo(0.2860, within(5e-5));
    assertThat(moments[1]).isCloseTo(0.3530, within(5e-5));
  }
}
