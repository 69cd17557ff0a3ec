package org.mine4j.api.contract;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.data.Sampler;
import org.mine4j.api.data.Samples;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.DatasetFactory;

/**
 * The contract every {@link DatasetFactory} and its {@link Dataset}s keep; plugin authors extend it
 * in their tests (it ships in the mine-api test-jar).
 *
 * <p>A subclass gives the factory and one or more valid option maps, optionally invalid ones, and
 * says whether the dataset is jointly Gaussian. The checks: the name is lowercase kebab-case and
 * the description one non-empty line; an unknown option is an INVALID_OPTIONS error naming it; each
 * invalid map fails with its code and message; the dataset's name, dimensions and samples' shapes
 * agree; every value is finite; the same seed gives the same rows (also across several {@link
 * Sampler#next} calls) and different seeds different rows; a finite dataset has a positive size;
 * the true mutual information, where known, is finite and at least 0; {@link Dataset#options()}
 * round-trips (the factory makes the same samples from them); and, for a jointly Gaussian
 * generator, the plug-in Gaussian estimate ½[ln det Σ_XX + ln det Σ_YY − ln det Σ] from a large
 * sample agrees with the true value within a stated tolerance.
 */
public abstract class DatasetContractTest {
  /** Seeds used throughout: any fixed values do. */
  private static final long SEED = 20240611L;

  private static final long OTHER_SEED = 7L;

  /**
   * An option map the factory must reject.
   *
   * @param options the options
   * @param code the expected error code (INVALID_OPTIONS for bad options; INVALID_DATA, say, for a
   *     file that cannot be used)
   * @param mentions text the message must contain, e.g. the option's name
   */
  public record InvalidOptions(Map<String, String> options, ErrorCode code, String mentions) {
    public InvalidOptions {
      requireNonNull(options, "options is null");
      requireNonNull(code, "code is null");
      requireNonNull(mentions, "mentions is null");
    }
  }

  /** The factory under test. */
  protected abstract DatasetFactory factory();

  /** One or more option maps the factory accepts; each is checked. */
  protected abstract List<Map<String, String>> validOptions();

  /** Option maps the factory rejects; none by default. */
  protected List<InvalidOptions> invalidOptions() {
    return List.of();
  }

  /**
   * Whether (X, Y) is jointly Gaussian, so that the plug-in Gaussian estimate of a generator's
   * mutual information is consistent; false by default (then that check is skipped).
   */
  protected boolean isJointlyGaussian() {
    return false;
  }

  /** Rows per sample in the determinism and shape checks (capped by a finite dataset's size). */
  protected int sampleSize() {
    return 257;
  }

  /** Rows in the Gaussian plug-in check. */
  protected int gaussianCheckSampleSize() {
    return 50_000;
  }

  @Test
  void nameIsLowercaseKebabCase() {
    assertThat(factory().name()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  }

  @Test
  void descriptionIsOneNonEmptyLine() {
    assertThat(factory().description()).isNotBlank().doesNotContain("\n").doesNotContain("\r");
  }

  @Test
  void declaredOptionsHaveUniqueNamesAndDescriptions() {
    List<OptionSpec> specs = factory().options();
    assertThat(specs).isNotNull();
    assertThat(specs.stream().map(OptionSpec::name)).doesNotHaveDuplicates();
    assertThat(specs).allSatisfy(spec -> assertThat(spec.description()).isNotBlank());
  }

  @Test
  void hasAtLeastOneValidOptionMap() {
    assertThat(validOptions()).isNotEmpty();
  }

  @Test
  void unknownOptionIsRejectedNamingIt() {
    for (Map<String, String> options : validOptions()) {
      Map<String, String> withUnknown = new LinkedHashMap<>(options);
      withUnknown.put("no-such-option", "1");
      assertThatThrownBy(() -> factory().create(withUnknown))
          .as("options %s", withUnknown)
          .isInstanceOf(MineException.class)
          .hasMessageContaining("no-such-option")
          .satisfies(
              e -> assertThat(((MineException) e).code()).isEqualTo(ErrorCode.INVALID_OPTIONS));
    }
  }

  @Test
  void invalidOptionsAreRejectedWithTheirCodeAndMessage() {
    for (InvalidOptions invalid : invalidOptions()) {
      assertThatThrownBy(() -> factory().create(invalid.options()))
          .as("options %s", invalid.options())
          .isInstanceOf(MineException.class)
          .hasMessageContaining(invalid.mentions())
          .satisfies(e -> assertThat(((MineException) e).code()).isEqualTo(invalid.code()));
    }
  }

  @Test
  void datasetAgreesWithItsFactoryAndSamplesHaveItsShape() {
    for (Map<String, String> options : validOptions()) {
      Dataset dataset = factory().create(options);
      assertThat(dataset.name()).as("name for %s", options).isEqualTo(factory().name());
      assertThat(dataset.dimX()).as("dimX for %s", options).isPositive();
      assertThat(dataset.dimY()).as("dimY for %s", options).isPositive();
      int n = rowsFor(dataset, sampleSize());
      Samples samples = dataset.sample(n, SEED);
      assertThat(samples.rows()).as("rows for %s", options).isEqualTo(n);
      assertThat(samples.dimX()).as("sample dimX for %s", options).isEqualTo(dataset.dimX());
      assertThat(samples.dimY()).as("sample dimY for %s", options).isEqualTo(dataset.dimY());
    }
  }

  @Test
  void allValuesAreFinite() {
    for (Map<String, String> options : validOptions()) {
      Dataset dataset = factory().create(options);
      Samples samples = dataset.sample(rowsFor(dataset, sampleSize()), SEED);
      for (float v : samples.xRowMajor()) {
        assertThat(Float.isFinite(v)).as("X value %s for %s", v, options).isTrue();
      }
      for (float v : samples.yRowMajor()) {
        assertThat(Float.isFinite(v)).as("Y value %s for %s", v, options).isTrue();
      }
    }
  }

  @Test
  void sameSeedGivesSameSamples() {
    for (Map<String, String> options : validOptions()) {
      Dataset dataset = factory().create(options);
      int n = rowsFor(dataset, sampleSize());
      assertSameSamples(dataset.sample(n, SEED), dataset.sample(n, SEED), options);
      // A sampler is a stream: two samplers with one seed agree call after call (for a finite
      // dataset this crosses the reshuffle at the end of a pass).
      Sampler first = dataset.sampler(SEED);
      Sampler second = dataset.sampler(SEED);
      for (int call = 0; call < 3; call++) {
        assertSameSamples(first.next(n), second.next(n), options);
      }
      assertSameSamples(
          dataset.sample(n, SEED), factory().create(options).sample(n, SEED), options);
    }
  }

  @Test
  void differentSeedsGiveDifferentSamples() {
    for (Map<String, String> options : validOptions()) {
      Dataset dataset = factory().create(options);
      // A generator draws fresh values; a finite dataset of at least 8 rows is shuffled into a
      // different order (two seeds giving one of 8! orders by chance is about 2.5e-5, and the
      // seeds are fixed, so a pass here is permanent).
      boolean applies = dataset.size().isEmpty() || dataset.size().getAsInt() >= 8;
      if (!applies) {
        continue;
      }
      int n = rowsFor(dataset, sampleSize());
      Samples a = dataset.sample(n, SEED);
      Samples b = dataset.sample(n, OTHER_SEED);
      boolean same =
          Arrays.equals(a.xRowMajor(), b.xRowMajor())
              && Arrays.equals(a.yRowMajor(), b.yRowMajor());
      assertThat(same)
          .as("seeds %d and %d give the same rows for %s", SEED, OTHER_SEED, options)
          .isFalse();
    }
  }

  @Test
  void finiteDatasetsHaveAPositiveSize() {
    for (Map<String, String> options : validOptions()) {
      Dataset dataset = factory().create(options);
      if (dataset.size().isPresent()) {
        assertThat(dataset.size().getAsInt()).as("size for %s", options).isPositive();
        int all = dataset.size().getAsInt();
        assertThat(dataset.sample(all, SEED).rows()).isEqualTo(all);
      }
    }
  }

  @Test
  void trueMutualInformationIsFiniteAndNonNegative() {
    for (Map<String, String> options : validOptions()) {
      Dataset dataset = factory().create(options);
      dataset
          .trueMutualInformation()
          .ifPresent(
              mi -> {
                assertThat(Double.isFinite(mi)).as("true MI %s for %s", mi, options).isTrue();
                assertThat(mi).as("true MI for %s", options).isGreaterThanOrEqualTo(0.0);
              });
    }
  }

  @Test
  void optionsRoundTrip() {
    for (Map<String, String> options : validOptions()) {
      Dataset dataset = factory().create(options);
      Map<String, String> written = dataset.options();
      assertThat(written).as("options() for %s", options).isNotNull();
      Dataset again = factory().create(written);
      assertThat(again.options()).as("options() of the copy").isEqualTo(written);
      assertThat(again.name()).isEqualTo(dataset.name());
      assertThat(again.dimX()).isEqualTo(dataset.dimX());
      assertThat(again.dimY()).isEqualTo(dataset.dimY());
      assertThat(again.size()).isEqualTo(dataset.size());
      assertThat(again.trueMutualInformation()).isEqualTo(dataset.trueMutualInformation());
      int n = rowsFor(dataset, sampleSize());
      assertSameSamples(dataset.sample(n, SEED), again.sample(n, SEED), options);
    }
  }

  @Test
  void gaussianPlugInEstimateAgreesWithTrueMutualInformation() {
    assumeTrue(isJointlyGaussian(), "the subclass does not declare the dataset jointly Gaussian");
    for (Map<String, String> options : validOptions()) {
      Dataset dataset = factory().create(options);
      if (dataset.trueMutualInformation().isEmpty() || dataset.size().isPresent()) {
        continue;
      }
      int n = gaussianCheckSampleSize();
      int dx = dataset.dimX();
      int dy = dataset.dimY();
      double truth = dataset.trueMutualInformation().getAsDouble();
      double estimate = gaussianPlugIn(dataset.sample(n, SEED));
      // Tolerance: the plug-in estimate -1/2 sum ln(1 - r_i^2) over the sample canonical
      // correlations r_i has asymptotic variance sum rho_i^2 / N <= min(dx, dy) / N (delta method:
      // Var r_i ~ (1 - rho_i^2)^2 / N) and a positive bias of about dx * dy / (2N) (Wilks: 2N I_hat
      // is chi-squared with dx * dy degrees of freedom at independence). Five standard deviations
      // plus twice that bias fails a correct generator with probability below 1e-6, while a
      // generator with a wrong correlation (or a wrong closed form) is off by far more at N = 50k.
      double tolerance = 5.0 * Math.sqrt((double) Math.min(dx, dy) / n) + (double) dx * dy / n;
      assertThat(estimate)
          .as("plug-in Gaussian MI for %s (true %s, N = %d)", options, truth, n)
          .isCloseTo(truth, within(tolerance));
    }
  }

  private static int rowsFor(Dataset dataset, int wanted) {
    return dataset.size().isPresent() ? Math.min(wanted, dataset.size().getAsInt()) : wanted;
  }

  private static void assertSameSamples(Samples a, Samples b, Map<String, String> options) {
    assertThat(a.rows()).as("rows for %s", options).isEqualTo(b.rows());
    assertThat(a.xRowMajor()).as("X for %s", options).containsExactly(b.xRowMajor());
    assertThat(a.yRowMajor()).as("Y for %s", options).containsExactly(b.yRowMajor());
  }

  /** ½[ln det S_XX + ln det S_YY − ln det S] with S the sample covariance of (X, Y). */
  static double gaussianPlugIn(Samples samples) {
    int n = samples.rows();
    int dx = samples.dimX();
    int d = dx + samples.dimY();
    double[] mean = new double[d];
    double[] row = new double[d];
    for (int i = 0; i < n; i++) {
      fillRow(samples, i, row);
      for (int j = 0; j < d; j++) {
        mean[j] += row[j] / n;
      }
    }
    double[][] cov = new double[d][d];
    for (int i = 0; i < n; i++) {
      fillRow(samples, i, row);
      for (int j = 0; j < d; j++) {
        double cj = row[j] - mean[j];
        for (int k = 0; k <= j; k++) {
          cov[j][k] += cj * (row[k] - mean[k]) / (n - 1);
        }
      }
    }
    return 0.5 * (logDet(cov, 0, dx) + logDet(cov, dx, d) - logDet(cov, 0, d));
  }

  private static void fillRow(Samples samples, int i, double[] row) {
    for (int j = 0; j < samples.dimX(); j++) {
      row[j] = samples.x(i, j);
    }
    for (int j = 0; j < samples.dimY(); j++) {
      row[samples.dimX() + j] = samples.y(i, j);
    }
  }

  /** ln det of the block [from, to) of a symmetric positive definite matrix (lower triangle). */
  private static double logDet(double[][] lower, int from, int to) {
    int m = to - from;
    double[][] l = new double[m][m];
    double logDet = 0.0;
    for (int j = 0; j < m; j++) {
      for (int k = 0; k <= j; k++) {
        double sum = lower[from + j][from + k];
        for (int p = 0; p < k; p++) {
          sum -= l[j][p] * l[k][p];
        }
        if (j == k) {
          assertThat(sum).as("covariance is positive definite").isPositive();
          l[j][j] = Math.sqrt(sum);
          logDet += 2.0 * Math.log(l[j][j]);
        } else {
          l[j][k] = sum / l[k][k];
        }
      }
    }
    return logDet;
  }
}
