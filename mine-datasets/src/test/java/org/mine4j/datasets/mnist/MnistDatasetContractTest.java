package org.mine4j.datasets.mnist;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.contract.DatasetContractTest;
import org.mine4j.api.spi.DatasetFactory;

/** The dataset contract on small synthetic IDX files (the real files are not needed). */
class MnistDatasetContractTest extends DatasetContractTest {
  @TempDir Path dir;

  @Override
  protected DatasetFactory factory() {
    return MnistDatasetFactory.mnist();
  }

  @Override
  protected List<Map<String, String>> validOptions() {
    IdxTestFiles.writeSplit(dir, MnistSplit.TRAIN, 30, false);
    IdxTestFiles.writeSplit(dir, MnistSplit.TEST, 12, true);
    return List.of(
        Map.of("dir", dir.toString()),
        Map.of("dir", dir.toString(), "split", "test"),
        Map.of("dir", dir.toString(), "split", "TRAIN"));
  }

  @Override
  protected List<InvalidOptions> invalidOptions() {
    return List.of(
        new InvalidOptions(
            Map.of("dir", dir.toString(), "split", "validation"),
            ErrorCode.INVALID_OPTIONS,
            "split"),
        new InvalidOptions(Map.of("dir", ""), ErrorCode.INVALID_OPTIONS, "dir must name"),
        new InvalidOptions(
            Map.of("dir", dir.resolve("missing").toString()),
            ErrorCode.INVALID_DATA,
            "re-run scripts/fetch-mnist.sh"));
  }
}
