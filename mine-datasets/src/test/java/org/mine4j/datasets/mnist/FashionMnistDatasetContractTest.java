package org.mine4j.datasets.mnist;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.contract.DatasetContractTest;
import org.mine4j.api.spi.DatasetFactory;

/** The dataset contract for {@code fashion-mnist} on small synthetic gzipped IDX files. */
class FashionMnistDatasetContractTest extends DatasetContractTest {
  @TempDir Path dir;

  @Override
  protected DatasetFactory factory() {
    return MnistDatasetFactory.fashionMnist();
  }

  @Override
  protected List<Map<String, String>> validOptions() {
    IdxTestFiles.writeSplit(dir, MnistSplit.TRAIN, 20, true);
    return List.of(Map.of("dir", dir.toString(), "split", "train"));
  }

  @Override
  protected List<InvalidOptions> invalidOptions() {
    return List.of(
        new InvalidOptions(
            Map.of("dir", dir.resolve("missing").toString()),
            ErrorCode.INVALID_DATA,
            "re-run scripts/fetch-mnist.sh --fashion"));
  }
}
