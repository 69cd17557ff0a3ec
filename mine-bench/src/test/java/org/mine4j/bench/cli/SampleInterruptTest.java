package org.mine4j.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sample --out} killed by SIGTERM while it writes leaves neither the file nor its hidden
 * temporary file (a 743 MB one was left before): the shutdown hook of AtomicFiles deletes it.
 */
class SampleInterruptTest {
  @TempDir Path dir;

  private List<Path> temporaries() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  @Test
  void sigtermWhileWritingLeavesNoTemporaryFile() throws Exception {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.mine4j.bench.Main",
                "sample",
                "correlated-gaussian",
                "-o",
                "dim=5",
                "--n",
                "4000000",
                "--out",
                dir.resolve("big.csv").toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("log.txt").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (temporaries().isEmpty() && process.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(temporaries()).as("the temporary file appears while writing").isNotEmpty();
    assertThat(process.isAlive()).isTrue();

    process.destroy(); // SIGTERM
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(temporaries()).isEmpty();
    assertThat(dir.resolve("big.csv")).doesNotExist();
  }
}
