package org.mine4j.datasets.mnist;

import java.nio.file.Path;

/**
 * The two image sets read by {@link MnistDataset}: the same IDX format, 28x28 grey images, ten
 * classes, 60,000 training and 10,000 test images; they differ in name, default folder and the
 * command that fetches them.
 */
public enum MnistVariant {
  /**
   * Handwritten digits 0–9 (LeCun, Bottou, Bengio &amp; Haffner 1998; LeCun, Cortes &amp; Burges,
   * yann.lecun.com/exdb/mnist; CC BY-SA 3.0, Yann LeCun and Corinna Cortes).
   */
  MNIST("mnist", "MNIST", Path.of("data", "mnist"), "scripts/fetch-mnist.sh"),
  /**
   * Zalando's article images in ten clothing classes (Xiao, Rasul &amp; Vollgraf 2017,
   * github.com/zalandoresearch/fashion-mnist; MIT licence).
   */
  FASHION_MNIST(
      "fashion-mnist",
      "Fashion-MNIST",
      Path.of("data", "fashion-mnist"),
      "scripts/fetch-mnist.sh --fashion");

  /** The number of classes of both sets (digits 0–9; ten kinds of article). */
  public static final int CLASSES = 10;

  private final String datasetName;
  private final String displayName;
  private final Path defaultDirectory;
  private final String fetchCommand;

  MnistVariant(String datasetName, String displayName, Path defaultDirectory, String fetch) {
    this.datasetName = datasetName;
    this.displayName = displayName;
    this.defaultDirectory = defaultDirectory;
    this.fetchCommand = fetch;
  }

  /** The registered dataset name: {@code mnist} or {@code fashion-mnist}. */
  public String datasetName() {
    return datasetName;
  }

  /** The name in messages: MNIST or Fashion-MNIST. */
  public String displayName() {
    return displayName;
  }

  /** Where the fetch script puts the files, relative to the repository root. */
  public Path defaultDirectory() {
    return defaultDirectory;
  }

  /** The command that fetches and verifies the files, run from the repository root. */
  public String fetchCommand() {
    return fetchCommand;
  }

  /** What to do about missing or bad files, for error messages. */
  String fix() {
    return "re-run " + fetchCommand + " (from the repository root) to fetch and verify the files";
  }
}
