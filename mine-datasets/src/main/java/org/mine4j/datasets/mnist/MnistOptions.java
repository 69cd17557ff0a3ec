package org.mine4j.datasets.mnist;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;

/**
 * Validated options of the {@code mnist} and {@code fashion-mnist} datasets: the folder of the IDX
 * files and the split.
 *
 * <p>As properties: {@code dir} (default {@code data/mnist} or {@code data/fashion-mnist}, where
 * {@code scripts/fetch-mnist.sh} puts the files; relative paths resolve against the working
 * directory) and {@code split} ({@code train} or {@code test}; default train).
 *
 * @param dir the folder holding the split's two IDX files, plain or gzipped
 * @param split the training or the test set
 */
public record MnistOptions(Path dir, MnistSplit split) {
  public MnistOptions {
    requireNonNull(dir, "dir is null");
    requireNonNull(split, "split is null");
    if (dir.toString().isEmpty()) {
      throw new IllegalArgumentException(
          "dir must name the folder of the IDX files, e.g. dir=data/mnist; found an empty path");
    }
  }

  /** The training set in the variant's default folder. */
  public static MnistOptions defaults(MnistVariant variant) {
    return new MnistOptions(variant.defaultDirectory(), MnistSplit.TRAIN);
  }

  /** A copy reading from {@code dir}. */
  public MnistOptions withDir(Path dir) {
    return new MnistOptions(dir, split);
  }

  /** A copy reading split {@code split}. */
  public MnistOptions withSplit(MnistSplit split) {
    return new MnistOptions(dir, split);
  }

  /** The accepted properties of a variant (the default folder differs). */
  public static List<OptionSpec> specs(MnistVariant variant) {
    return List.of(
        new OptionSpec(
            "dir",
            variant.defaultDirectory().toString(),
            "folder of the IDX files, plain or .gz (" + variant.fetchCommand() + " fills it)"),
        new OptionSpec("split", "train", "train (60,000 images) or test (10,000 images)"));
  }

  /**
   * Reads {@code dir} and {@code split} from flat properties.
   *
   * @throws org.mine4j.api.MineException INVALID_OPTIONS for an unknown name or a bad value
   */
  public static MnistOptions fromProperties(MnistVariant variant, Map<String, String> properties) {
    requireNonNull(variant, "variant is null");
    requireNonNull(properties, "properties is null");
    OptionValues values =
        OptionValues.parse("dataset '" + variant.datasetName() + "'", specs(variant), properties);
    MnistSplit split = MnistSplit.fromOptionValue(values.choice("split", MnistSplit.OPTION_VALUES));
    try {
      return new MnistOptions(Path.of(values.string("dir")), split);
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }

  /** The two properties; {@link #fromProperties} reads them back. */
  public Map<String, String> toProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("dir", dir.toString());
    properties.put("split", split.optionValue());
    return Collections.unmodifiableMap(properties);
  }
}
