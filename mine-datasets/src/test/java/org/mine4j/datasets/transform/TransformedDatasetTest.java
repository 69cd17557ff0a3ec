package org.mine4j.datasets.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mine4j.api.data.Samples;
import org.mine4j.datasets.gaussian.SparseGaussianDataset;
import org.mine4j.datasets.gaussian.SparseGaussianFactory;
import org.mine4j.datasets.gaussian.SparseGaussianOptions;
import org.mine4j.datasets.student.StudentTDataset;
import org.mine4j.datasets.student.StudentTOptions;
import org.mine4j.datasets.truth.KnownDensityRatio;
import org.mine4j.datasets.truth.MonteCarlo;

class TransformedDatasetTest {
  private static final long SEED = 5L;

  @Test
  void rowsAreTheBaseRowsMappedAndTheRatioIsTheBaseRatio() {
    KnownDensityRatio base = new SparseGaussianDataset(new SparseGaussianOptions(3, 3, 0.8));
    TransformChain x =
        new TransformChain(3, List.of(CoordinateMap.HALF_CUBE, new Spiral(3, 0, 1, 1.0 / 3)));
    TransformChain y = new TransformChain(3, List.of(CoordinateMap.WIGGLY_Y));
    KnownDensityRatio transformed = (KnownDensityRatio) TransformedDataset.of(base, x, y);
    int n = 500;
    Samples raw = base.sample(n, SEED);
    Samples mapped = transformed.sample(n, SEED);

    for (int i = 0; i < n; i++) {
      double[] expected = x.forward(Rows.x(raw, i));
      for (int j = 0; j < 3; j++) {
        // float32 storage of the mapped value: 1e-6 relative.
        assertThat((double) mapped.x(i, j))
            .isCloseTo(expected[j], within(1e-6 * Math.max(1, Math.abs(expected[j]))));
      }
      // The ratio at the mapped point equals the base ratio at the base point up to the float32
      // rounding of the stored values (a relative 1e-7 perturbation of the point moves the ratio by
      // about 1e-5 here); 1e-4 absolute.
      assertThat(transformed.logDensityRatio(mapped, i))
          .isCloseTo(base.logDensityRatio(raw, i), within(1e-4));
    }
  }

  @Test
  void trueInformationAndNameCarryOverAndOptionsRoundTrip() {
    SparseGaussianFactory factory = new SparseGaussianFactory();
    var dataset = factory.create(Map.of("dim-x", "3", "x-transform", "normal-cdf,spiral"));

    assertThat(dataset).isInstanceOf(TransformedDensityRatio.class);
    assertThat(dataset.name()).isEqualTo("sparse-gaussian");
    assertThat(dataset.trueMutualInformation().getAsDouble())
        .isCloseTo(-Math.log(1 - 0.64), within(1e-12));
    assertThat(dataset.options())
        .containsEntry("x-transform", "normal-cdf,spiral")
        .doesNotContainKey("y-transform");
    assertThat(factory.create(dataset.options()).options()).isEqualTo(dataset.options());
    assertThat(factory.create(Map.of())).isInstanceOf(SparseGaussianDataset.class);
  }

  // The Monte Carlo mean of the mapped-back log ratio still estimates the base's MI: 3 standard
  // errors at N = 40,000 (fixed seed). The normal CDF saturates float32 beyond |t| = 5.3 (about
  // 1e-7 per coordinate), which is far below the standard error.
  @Test
  void monteCarloMeanOfTheTransformedRatioMatchesTheBaseInformation() {
    KnownDensityRatio base = new StudentTDataset(new StudentTOptions(2, 2, 2, 0.0));
    KnownDensityRatio transformed =
        (KnownDensityRatio)
            TransformedDataset.of(
                base,
                Transforms.parse("asinh,normal-cdf", Transforms.Side.X, 2),
                Transforms.parse("cube", Transforms.Side.Y, 2));
    MonteCarlo mc = MonteCarlo.of(transformed, 40_000, SEED);

    assertThat(mc.mean())
        .isCloseTo(base.trueMutualInformation().getAsDouble(), within(3 * mc.standardError()));
  }
}
