package org.mine4j.datasets.mnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mine4j.datasets.mnist.IdxTestFiles.concat;
import static org.mine4j.datasets.mnist.IdxTestFiles.gzip;
import static org.mine4j.datasets.mnist.IdxTestFiles.header;
import static org.mine4j.datasets.mnist.IdxTestFiles.images;
import static org.mine4j.datasets.mnist.IdxTestFiles.labels;
import static org.mine4j.datasets.mnist.IdxTestFiles.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;

class IdxReaderTest {
  @TempDir Path dir;

  private static AbstractThrowableAssert<?, ?> assertInvalidData(
      AbstractThrowableAssert<?, ?> thrown, Path file) {
    return thrown
        .isInstanceOf(MineException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("re-run scripts/fetch-mnist.sh")
        .satisfies(e -> assertThat(((MineException) e).code()).isEqualTo(ErrorCode.INVALID_DATA));
  }

  @Test
  void readsImagesRowMajorImageAfterImage() {
    Path file = write(dir.resolve("images"), images(3, 2, 4));

    IdxImages images = IdxReader.readImages(file);

    assertThat(images.count()).isEqualTo(3);
    assertThat(images.rows()).isEqualTo(2);
    assertThat(images.columns()).isEqualTo(4);
    assertThat(images.pixelsPerImage()).isEqualTo(8);
    for (int i = 0; i < 3; i++) {
      for (int r = 0; r < 2; r++) {
        for (int c = 0; c < 4; c++) {
          assertThat(images.pixel(i, r, c)).isEqualTo(IdxTestFiles.pixel(i, r * 4 + c));
        }
      }
    }
  }

  @Test
  void pixelValuesAreUnsigned() {
    byte[] content = concat(header(IdxReader.IMAGES_MAGIC, 1, 1, 3), new byte[] {0, -1, -128});

    IdxImages images = IdxReader.readImages(write(dir.resolve("images"), content));

    assertThat(images.pixel(0, 0, 0)).isZero();
    assertThat(images.pixel(0, 0, 1)).isEqualTo(255);
    assertThat(images.pixel(0, 0, 2)).isEqualTo(128);
  }

  @Test
  void readsLabels() {
    Path file = write(dir.resolve("labels"), labels(5, 0, 4, 1, 9));

    assertThat(IdxReader.readLabels(file)).containsExactly(5, 0, 4, 1, 9);
  }

  @Test
  void readsGzippedFilesWhateverTheirName() {
    byte[] images = gzip(images(2, 3, 3));
    Path named = write(dir.resolve("images.gz"), images);
    Path unnamed = write(dir.resolve("images-without-suffix"), images);
    Path plainNamedGz = write(dir.resolve("plain.gz"), images(2, 3, 3));

    for (Path file : new Path[] {named, unnamed, plainNamedGz}) {
      IdxImages read = IdxReader.readImages(file);
      assertThat(read.count()).as("%s", file).isEqualTo(2);
      assertThat(read.pixel(1, 2, 2)).as("%s", file).isEqualTo(IdxTestFiles.pixel(1, 8));
    }
    assertThat(IdxReader.readLabels(write(dir.resolve("l.gz"), gzip(labels(3, 1)))))
        .containsExactly(3, 1);
  }

  @Test
  void aLabelFileIsNotAnImageFile() {
    Path labels = write(dir.resolve("train-labels-idx1-ubyte"), labels(1, 2, 3));
    Path images = write(dir.resolve("train-images-idx3-ubyte"), images(3, 2, 2));

    assertInvalidData(assertThatThrownBy(() -> IdxReader.readImages(labels)), labels)
        .hasMessageContaining("is an IDX label file (magic 0x00000801)")
        .hasMessageContaining("expected 0x00000803 (images)")
        .hasMessageContaining("swapped");
    assertInvalidData(assertThatThrownBy(() -> IdxReader.readLabels(images)), images)
        .hasMessageContaining("is an IDX image file (magic 0x00000803)")
        .hasMessageContaining("expected 0x00000801 (labels)");
  }

  @Test
  void anHtmlPageIsNotAnIdxFile() {
    Path file =
        write(
            dir.resolve("images"),
            "<!DOCTYPE html><html>Not found</html>".getBytes(StandardCharsets.US_ASCII));

    assertInvalidData(assertThatThrownBy(() -> IdxReader.readImages(file)), file)
        .hasMessageContaining("is not an IDX file: it starts with 0x3c21444f")
        .hasMessageContaining("HTML error page");
  }

  @Test
  void otherElementTypesAndRanksAreRejected() {
    Path floats = write(dir.resolve("floats"), concat(header(0x00000d03, 1, 1, 1), new byte[4]));
    Path rank2 = write(dir.resolve("rank2"), concat(header(0x00000802, 1, 1), new byte[1]));

    assertInvalidData(assertThatThrownBy(() -> IdxReader.readImages(floats)), floats)
        .hasMessageContaining("holds IDX data of type 0x0d with 3 dimensions");
    assertInvalidData(assertThatThrownBy(() -> IdxReader.readImages(rank2)), rank2)
        .hasMessageContaining("type 0x08 with 2 dimensions");
  }

  @Test
  void truncatedImagesAreRejectedWithTheSizes() {
    byte[] whole = images(3, 2, 4);
    Path file = write(dir.resolve("images"), Arrays.copyOf(whole, whole.length - 5));

    assertInvalidData(assertThatThrownBy(() -> IdxReader.readImages(file)), file)
        .hasMessageContaining("is truncated: it holds 35 bytes of data")
        .hasMessageContaining("3 images of 2x4 pixels need 40");
  }

  @Test
  void truncatedLabelsAreRejected() {
    byte[] whole = labels(1, 2, 3, 4);
    Path file = write(dir.resolve("labels"), Arrays.copyOf(whole, whole.length - 1));

    assertInvalidData(assertThatThrownBy(() -> IdxReader.readLabels(file)), file)
        .hasMessageContaining("is truncated: it holds 11 bytes of data where 4 labels need 12");
  }

  @Test
  void truncatedHeadersAndEmptyFilesAreRejected() {
    Path empty = write(dir.resolve("empty"), new byte[0]);
    Path shortHeader =
        write(dir.resolve("short"), Arrays.copyOf(header(IdxReader.IMAGES_MAGIC, 3, 2, 2), 10));

    assertInvalidData(assertThatThrownBy(() -> IdxReader.readImages(empty)), empty)
        .hasMessageContaining("is shorter than an IDX magic number");
    assertInvalidData(assertThatThrownBy(() -> IdxReader.readImages(shortHeader)), shortHeader)
        .hasMessageContaining("ends inside its header (after 8 bytes)");
  }

  @Test
  void wrongCountsAreRejected() {
    // The header announces 2 images but the file holds 3: trailing bytes.
    byte[] three = images(3, 2, 2);
    byte[] content =
        concat(header(IdxReader.IMAGES_MAGIC, 2, 2, 2), Arrays.copyOfRange(three, 16, 28));
    Path file = write(dir.resolve("images"), content);
    Path negative = write(dir.resolve("negative"), header(IdxReader.LABELS_MAGIC, -1));
    Path zeroRows = write(dir.resolve("zero"), header(IdxReader.IMAGES_MAGIC, 5, 0, 28));

    assertInvalidData(assertThatThrownBy(() -> IdxReader.readImages(file)), file)
        .hasMessageContaining("has bytes after its 2 images of 2x2 pixels (24 bytes expected)");
    assertInvalidData(assertThatThrownBy(() -> IdxReader.readLabels(negative)), negative)
        .hasMessageContaining("negative size -1");
    assertInvalidData(assertThatThrownBy(() -> IdxReader.readImages(zeroRows)), zeroRows)
        .hasMessageContaining("announces images of 0x28 pixels");
  }

  @Test
  void truncatedGzipIsRejected() {
    byte[] compressed = gzip(images(20, 28, 28));
    Path file = write(dir.resolve("images.gz"), Arrays.copyOf(compressed, compressed.length / 2));

    assertInvalidData(assertThatThrownBy(() -> IdxReader.readImages(file)), file)
        .hasMessageContaining("truncated or corrupted gzip file");
  }

  @Test
  void missingFilesAndDirectoriesAreRejected() {
    Path missing = dir.resolve("nothing-here");

    assertInvalidData(assertThatThrownBy(() -> IdxReader.readImages(missing)), missing)
        .hasMessageContaining("does not exist");
    assertInvalidData(assertThatThrownBy(() -> IdxReader.readLabels(dir)), dir)
        .hasMessageContaining("is a directory");
  }

  @Test
  void theFixCanBeGiven() {
    Path missing = dir.resolve("nothing-here");

    assertThatThrownBy(() -> IdxReader.readImages(missing, "do this instead"))
        .hasMessageEndingWith("; do this instead");
  }
}
