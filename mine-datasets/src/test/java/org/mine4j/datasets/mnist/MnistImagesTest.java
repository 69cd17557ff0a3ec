package org.mine4j.datasets.mnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mine4j.datasets.mnist.IdxTestFiles.images;
import static org.mine4j.datasets.mnist.IdxTestFiles.labels;
import static org.mine4j.datasets.mnist.IdxTestFiles.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Samples;
import org.nd4j.linalg.api.ndarray.INDArray;

class MnistImagesTest {
  private static final String FIX = "re-run scripts/fetch-mnist.sh";

  @TempDir Path dir;

  private MnistImages twelve() {
    IdxTestFiles.writeSplit(dir, MnistSplit.TEST, 12, false);
    return MnistImages.load(MnistVariant.MNIST, dir, MnistSplit.TEST);
  }

  @Test
  void scalesPixelsToTheUnitInterval() {
    MnistImages images = twelve();

    assertThat(images.size()).isEqualTo(12);
    assertThat(images.rows()).isEqualTo(28);
    assertThat(images.columns()).isEqualTo(28);
    assertThat(images.pixelsPerImage()).isEqualTo(784);
    float[] all = images.pixels();
    assertThat(all).hasSize(12 * 784);
    for (int i = 0; i < 12; i++) {
      for (int j = 0; j < 784; j++) {
        float expected = IdxTestFiles.pixel(i, j) / 255.0f;
        assertThat(images.pixel(i, j)).isEqualTo(expected);
        assertThat(all[i * 784 + j]).isEqualTo(expected);
      }
    }
  }

  @Test
  void byte255IsOneAndZeroIsZero() {
    Path imageFile =
        write(
            dir.resolve("i"),
            IdxTestFiles.concat(
                IdxTestFiles.header(IdxReader.IMAGES_MAGIC, 1, 1, 2), new byte[] {0, -1}));
    Path labelFile = write(dir.resolve("l"), labels(3));

    MnistImages images = MnistImages.read(imageFile, labelFile, FIX);

    assertThat(images.pixel(0, 0)).isZero();
    assertThat(images.pixel(0, 1)).isEqualTo(1.0f);
  }

  @Test
  void countsLabels() {
    MnistImages images = twelve();

    assertThat(images.labels()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1);
    assertThat(images.labelCounts()).containsExactly(2, 2, 1, 1, 1, 1, 1, 1, 1, 1);
    assertThat(images.label(11)).isEqualTo(1);
  }

  @Test
  void samplesPairEachImageWithItsOneHotLabel() {
    MnistImages images = twelve();

    Samples samples = images.samples(new int[] {3, 11, 3});

    assertThat(samples.rows()).isEqualTo(3);
    assertThat(samples.dimX()).isEqualTo(784);
    assertThat(samples.dimY()).isEqualTo(10);
    int[] chosen = {3, 11, 3};
    for (int row = 0; row < 3; row++) {
      for (int j = 0; j < 784; j++) {
        assertThat(samples.x(row, j)).isEqualTo(images.pixel(chosen[row], j));
      }
      for (int k = 0; k < 10; k++) {
        assertThat(samples.y(row, k)).isEqualTo(k == IdxTestFiles.label(chosen[row]) ? 1f : 0f);
      }
    }
  }

  @Test
  void ndArrayViewsHoldTheSamePixels() {
    MnistImages images = twelve();

    INDArray flat = images.flat();
    INDArray stacked = images.images();
    INDArray oneHot = images.oneHotLabels();

    assertThat(flat.shape()).containsExactly(12, 784);
    assertThat(stacked.shape()).containsExactly(12, 1, 28, 28);
    assertThat(oneHot.shape()).containsExactly(12, 10);
    for (int i = 0; i < 12; i++) {
      for (int r = 0; r < 28; r++) {
        for (int c = 0; c < 28; c++) {
          float expected = images.pixel(i, r * 28 + c);
          assertThat(flat.getFloat(i, r * 28 + c)).isEqualTo(expected);
          assertThat(stacked.getFloat(i, 0, r, c)).isEqualTo(expected);
        }
      }
      for (int k = 0; k < 10; k++) {
        assertThat(oneHot.getFloat(i, k)).isEqualTo(k == images.label(i) ? 1f : 0f);
      }
    }
  }

  @Test
  void findsGzippedFiles() {
    IdxTestFiles.writeSplit(dir, MnistSplit.TRAIN, 15, true);

    MnistImages images = MnistImages.load(MnistVariant.FASHION_MNIST, dir, MnistSplit.TRAIN);

    assertThat(images.size()).isEqualTo(15);
    assertThat(images.pixel(14, 100)).isEqualTo(IdxTestFiles.pixel(14, 100) / 255.0f);
  }

  @Test
  void imagesAndLabelsMustHaveTheSameCount() {
    Path imageFile = write(dir.resolve("train-images-idx3-ubyte"), images(3, 2, 2));
    Path labelFile = write(dir.resolve("t10k-labels-idx1-ubyte"), labels(1, 2));

    assertThatThrownBy(() -> MnistImages.read(imageFile, labelFile, FIX))
        .isInstanceOf(MineException.class)
        .hasMessageContaining(imageFile + " holds 3 images but " + labelFile + " holds 2 labels")
        .hasMessageContaining(FIX)
        .satisfies(e -> assertThat(((MineException) e).code()).isEqualTo(ErrorCode.INVALID_DATA));
  }

  @Test
  void labelsMustBeDigits() {
    Path imageFile = write(dir.resolve("i"), images(3, 2, 2));
    Path labelFile = write(dir.resolve("l"), labels(1, 10, 2));

    assertThatThrownBy(() -> MnistImages.read(imageFile, labelFile, FIX))
        .isInstanceOf(MineException.class)
        .hasMessageContaining(labelFile + " holds label 10 at item 1, expected 0 to 9");
  }

  @Test
  void emptyFilesAreRejected() {
    Path imageFile = write(dir.resolve("i"), images(0, 2, 2));
    Path labelFile = write(dir.resolve("l"), labels());

    assertThatThrownBy(() -> MnistImages.read(imageFile, labelFile, FIX))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("holds no images");
  }

  @Test
  void aMissingFolderOrFileNamesTheFetchCommand() {
    Path missing = dir.resolve("no-such-folder");
    IdxTestFiles.writeSplit(dir, MnistSplit.TRAIN, 10, false);

    assertThatThrownBy(() -> MnistImages.load(MnistVariant.MNIST, missing, MnistSplit.TRAIN))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("MNIST folder not found: " + missing)
        .hasMessageContaining("re-run scripts/fetch-mnist.sh")
        .hasMessageContaining("dir=");
    assertThatThrownBy(() -> MnistImages.load(MnistVariant.FASHION_MNIST, dir, MnistSplit.TEST))
        .isInstanceOf(MineException.class)
        .hasMessageContaining(
            "Fashion-MNIST file not found: " + dir.resolve("t10k-images-idx3-ubyte"))
        .hasMessageContaining("(or t10k-images-idx3-ubyte.gz)")
        .hasMessageContaining("re-run scripts/fetch-mnist.sh --fashion");
  }
}
