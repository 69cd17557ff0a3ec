package org.mine4j.datasets.mnist;

import java.util.List;
import java.util.Locale;

/**
 * The training or the test set of MNIST or Fashion-MNIST (the {@code split} option), and the IDX
 * file names of each: {@code train-images-idx3-ubyte} and {@code train-labels-idx1-ubyte} (60,000
 * images), {@code t10k-images-idx3-ubyte} and {@code t10k-labels-idx1-ubyte} (10,000 images).
 */
public enum MnistSplit {
  /** The 60,000 training images. */
  TRAIN("train", "train"),
  /** The 10,000 test images. */
  TEST("test", "t10k");

  /** The option values, in declaration order. */
  public static final List<String> OPTION_VALUES = List.of("train", "test");

  private final String optionValue;
  private final String filePrefix;

  MnistSplit(String optionValue, String filePrefix) {
    this.optionValue = optionValue;
    this.filePrefix = filePrefix;
  }

  /** The value of the {@code split} option: {@code train} or {@code test}. */
  public String optionValue() {
    return optionValue;
  }

  /** The images file's name without {@code .gz}, e.g. {@code train-images-idx3-ubyte}. */
  public String imagesFileName() {
    return filePrefix + "-images-idx3-ubyte";
  }

  /** The labels file's name without {@code .gz}, e.g. {@code train-labels-idx1-ubyte}. */
  public String labelsFileName() {
    return filePrefix + "-labels-idx1-ubyte";
  }

  /**
   * The split for an option value.
   *
   * @throws IllegalArgumentException for anything but train or test (any case)
   */
  public static MnistSplit fromOptionValue(String value) {
    String text = value.trim().toLowerCase(Locale.ROOT);
    for (MnistSplit split : values()) {
      if (split.optionValue.equals(text)) {
        return split;
      }
    }
    throw new IllegalArgumentException("split must be train or test, found '" + value + "'");
  }
}
