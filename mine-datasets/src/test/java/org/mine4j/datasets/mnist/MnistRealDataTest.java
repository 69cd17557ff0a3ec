package org.mine4j.datasets.mnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.data.Samples;

/**
 * The real MNIST files (fetched by {@code scripts/fetch-mnist.sh} into {@code data/mnist}): the
 * published class counts, first labels and pixel statistics. Skipped when the files are absent,
 * except in CI ({@code MINE4J_REQUIRE_MNIST=1}, set by {@code .ci/run}), where that fails.
 */
class MnistRealDataTest {
  private static MnistImages train;
  private static MnistImages test;

  /** Per test rather than {@code @BeforeAll}, so that absent files report each test as skipped. */
  @BeforeEach
  void load() {
    Path dir = RealData.directory(MnistVariant.MNIST);
    if (train == null) {
      train = MnistImages.load(MnistVariant.MNIST, dir, MnistSplit.TRAIN);
      test = MnistImages.load(MnistVariant.MNIST, dir, MnistSplit.TEST);
    }
  }

  @Test
  void trainingSetHasThePublishedClassCounts() {
    assertThat(train.size()).isEqualTo(60_000);
    assertThat(train.rows()).isEqualTo(28);
    assertThat(train.columns()).isEqualTo(28);
    assertThat(train.labelCounts())
        .containsExactly(5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949);
  }

  @Test
  void testSetHasThePublishedClassCounts() {
    assertThat(test.size()).isEqualTo(10_000);
    assertThat(test.labelCounts())
        .containsExactly(980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009);
  }

  @Test
  void firstLabelsAreTheFamousOnes() {
    assertThat(Arrays.copyOf(train.labels(), 10)).containsExactly(5, 0, 4, 1, 9, 2, 1, 3, 1, 4);
    assertThat(Arrays.copyOf(test.labels(), 10)).containsExactly(7, 2, 1, 0, 4, 1, 4, 9, 5, 9);
  }

  @Test
  void trainingPixelsHaveThePublishedMeanAndStandardDeviation() {
    // The normalisation constants used throughout (e.g. torchvision's MNIST examples) are the mean
    // 0.1307 and standard deviation 0.3081 of all training pixels scaled to [0, 1], published to
    // four decimals: the tolerance is half a unit in that last place.
    double[] moments = RealData.meanAndStandardDeviation(train);
    assertThat(moments[0]).isCloseTo(0.1307, within(5e-5));
    assertThat(moments[1]).isCloseTo(0.3081, within(5e-5));
  }

  @Test
  void theDatasetReadsTheRealFiles() {
    Dataset dataset =
        MnistDatasetFactory.mnist()
            .create(
                Map.of("dir", RealData.directory(MnistVariant.MNIST).toString(), "split", "test"));

    Samples samples = dataset.sample(500, 11L);

    assertThat(dataset.size()).hasValue(10_000);
    assertThat(samples.dimX()).isEqualTo(784);
    assertThat(samples.dimY()).isEqualTo(10);
    for (int row = 0; row < samples.rows(); row++) {
      float ones = 0;
      for (int k = 0; k < 10; k++) {
        ones += samples.y(row, k);
      }
      assertThat(ones).isEqualTo(1.0f);
    }
  }
}
