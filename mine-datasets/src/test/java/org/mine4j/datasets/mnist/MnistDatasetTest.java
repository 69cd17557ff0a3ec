package org.mine4j.datasets.mnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.data.Sampler;
import org.mine4j.api.data.Samples;

class MnistDatasetTest {
  @TempDir Path dir;

  /** The image index of each row, recovered from pixel 1 (7 i mod 256 + 7 in the pattern). */
  private static List<Integer> imageNumbers(Samples samples) {
    List<Integer> numbers = new ArrayList<>();
    for (int row = 0; row < samples.rows(); row++) {
      int image = -1;
      for (int candidate = 0; candidate < 10; candidate++) {
        if (samples.x(row, 1) == IdxTestFiles.pixel(candidate, 1) / 255.0f) {
          image = candidate;
        }
      }
      assertThat(image).as("row %d is one of the ten images", row).isNotNegative();
      assertThat(samples.y(row, IdxTestFiles.label(image))).isEqualTo(1.0f);
      numbers.add(image);
    }
    return numbers;
  }

  @Test
  void isAFiniteDatasetOfImagesAndOneHotLabels() {
    IdxTestFiles.writeSplit(dir, MnistSplit.TEST, 10, false);

    Dataset dataset =
        MnistDatasetFactory.mnist().create(Map.of("dir", dir.toString(), "split", "test"));

    assertThat(dataset.name()).isEqualTo("mnist");
    assertThat(dataset.dimX()).isEqualTo(784);
    assertThat(dataset.dimY()).isEqualTo(10);
    assertThat(dataset.size()).hasValue(10);
    assertThat(dataset.trueMutualInformation()).isEmpty();
    assertThat(dataset.options())
        .containsExactly(Map.entry("dir", dir.toString()), Map.entry("split", "test"));
  }

  @Test
  void eachPassUsesEveryImageOnceAndReshuffles() {
    IdxTestFiles.writeSplit(dir, MnistSplit.TRAIN, 10, false);
    Sampler sampler =
        MnistDataset.load(
                MnistVariant.MNIST, MnistOptions.defaults(MnistVariant.MNIST).withDir(dir))
            .sampler(3L);

    List<Integer> first = new ArrayList<>(imageNumbers(sampler.next(4)));
    first.addAll(imageNumbers(sampler.next(6)));
    List<Integer> second = imageNumbers(sampler.next(10));

    assertThat(first).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(second).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(second).isNotEqualTo(first);
  }

  @Test
  void sampleLargerThanTheSplitIsRejected() {
    IdxTestFiles.writeSplit(dir, MnistSplit.TRAIN, 10, false);
    Dataset dataset = MnistDatasetFactory.mnist().create(Map.of("dir", dir.toString()));

    assertThatThrownBy(() -> dataset.sample(11, 1L))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("asked for 11 rows but the MNIST train split has 10")
        .satisfies(
            e -> assertThat(((MineException) e).code()).isEqualTo(ErrorCode.INVALID_OPTIONS));
  }

  @Test
  void defaultsReadTheFetchScriptsFolders() {
    assertThat(MnistOptions.fromProperties(MnistVariant.MNIST, Map.of()))
        .isEqualTo(MnistOptions.defaults(MnistVariant.MNIST))
        .isEqualTo(new MnistOptions(Path.of("data", "mnist"), MnistSplit.TRAIN));
    assertThat(MnistOptions.fromProperties(MnistVariant.FASHION_MNIST, Map.of()))
        .isEqualTo(new MnistOptions(Path.of("data", "fashion-mnist"), MnistSplit.TRAIN));
    assertThat(MnistDatasetFactory.fashionMnist().options())
        .anySatisfy(
            spec ->
                assertThat(spec.defaultValue())
                    .isEqualTo(Path.of("data", "fashion-mnist").toString()));
  }

  @Test
  void optionsRoundTripThroughProperties() {
    MnistOptions options = new MnistOptions(Path.of("somewhere", "else"), MnistSplit.TEST);

    assertThat(options.toProperties())
        .containsExactly(
            Map.entry("dir", Path.of("somewhere", "else").toString()), Map.entry("split", "test"));
    assertThat(MnistOptions.fromProperties(MnistVariant.MNIST, options.toProperties()))
        .isEqualTo(options);
    assertThat(options.withSplit(MnistSplit.TRAIN).withDir(Path.of("x")))
        .isEqualTo(new MnistOptions(Path.of("x"), MnistSplit.TRAIN));
  }

  @Test
  void badOptionsNameTheOption() {
    assertThatThrownBy(
            () -> MnistOptions.fromProperties(MnistVariant.MNIST, Map.of("split", "valid")))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("option 'split' of dataset 'mnist' must be one of train, test");
    assertThatThrownBy(
            () -> MnistOptions.fromProperties(MnistVariant.FASHION_MNIST, Map.of("dri", "x")))
        .hasMessageContaining("dataset 'fashion-mnist'")
        .hasMessageContaining("did you mean 'dir'");
    assertThatThrownBy(() -> MnistSplit.fromOptionValue("both"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("split must be train or test, found 'both'");
  }
}
