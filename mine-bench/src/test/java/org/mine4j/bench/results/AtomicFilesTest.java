package org.mine4j.bench.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void writesAndReplacesLeavingNoTemporaryFile() throws IOException {
    Path target = dir.resolve("sub/out.csv");

    AtomicFiles.write(target, "first\n");
    AtomicFiles.write(target, "second\n");

    assertThat(target).hasContent("second");
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-r--r--");
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aFailedWriteNamesTheFileAndLeavesNothing() throws IOException {
    Path blocker = Files.writeString(dir.resolve("file"), "x");

    assertThatThrownBy(() -> AtomicFiles.write(blocker.resolve("out.csv"), "text"))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("cannot write " + blocker.resolve("out.csv"))
        .extracting(e -> ((MineException) e).code())
        .isEqualTo(ErrorCode.IO_FAILURE);
  }

  @Test
  void checkWritableAcceptsANewDirectoryUnderAWritableOneAndRejectsAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("plain"), "x");

    AtomicFiles.checkWritable(dir.resolve("a/b/c"));
    assertThatThrownBy(() -> AtomicFiles.checkWritable(file.resolve("sub")))
        .isInstanceOf(MineException.class)
        .hasMessageContaining(file + " is not a writable directory");
  }
}
