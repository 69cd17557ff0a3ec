package org.mine4j.datasets.mnist;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the real-data tests find the fetched files, and whether their absence is a failure.
 *
 * <p>Tests run with the module folder as working directory, so the default is {@code ../data/mnist}
 * (or {@code ../data/fashion-mnist}); the system property {@code mine4j.mnist.dir} ({@code
 * mine4j.fashion-mnist.dir}) overrides it. Absent files skip the test, unless the environment
 * variable {@code MINE4J_REQUIRE_MNIST} ({@code MINE4J_REQUIRE_FASHION_MNIST}) or the system
 * property {@code mine4j.require.mnist} ({@code mine4j.require.fashion-mnist}) is {@code 1} or
 * {@code true}: then the test fails, so CI never skips it silently.
 */
final class RealData {
  private RealData() {}

  /**
   * The folder of the variant's files; skips or fails the test if the training images are absent.
   */
  static Path directory(MnistVariant variant) {
    String name = variant.datasetName();
    Path dir =
        Path.of(
            System.getProperty(
                "mine4j." + name + ".dir",
                Path.of("..").resolve(variant.defaultDirectory()).toString()));
    boolean present =
        Files.isRegularFile(dir.resolve("train-images-idx3-ubyte"))
            || Files.isRegularFile(dir.resolve("train-images-idx3-ubyte.gz"));
    String message =
        variant.displayName()
            + " files not found in "
            + dir.toAbsolutePath().normalize()
            + "; run "
            + variant.fetchCommand()
            + " from the repository root";
    if (!present && required(variant)) {
      fail(message + " (required here: " + requireVariable(variant) + " is set)");
    }
    assumeTrue(present, message);
    return dir;
  }

  private static String requireVariable(MnistVariant variant) {
    return "MINE4J_REQUIRE_" + variant.datasetName().toUpperCase(Locale.ROOT).replace('-', '_');
  }

  private static boolean required(MnistVariant variant) {
    String env = System.getenv(requireVariable(variant));
    String property = System.getProperty("mine4j.require." + variant.datasetName());
    return isTrue(env) || isTrue(property);
  }

  private static boolean isTrue(String value) {
    return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
  }

  /** The mean and (population) standard deviation of all pixels, in double precision. */
  static double[] meanAndStandardDeviation(MnistImages images) {
    double sum = 0;
    double sumSquares = 0;
    int perImage = images.pixelsPerImage();
    for (int i = 0; i < images.size(); i++) {
      for (int j = 0; j < perImage; j++) {
        double x = images.pixel(i, j);
        sum += x;
        sumSquares += x * x;
      }
    }
    double n = (double) images.size() * perImage;
    double mean = sum / n;
    return new double[] {mean, Math.sqrt(sumSquares / n - mean * mean)};
  }
}
