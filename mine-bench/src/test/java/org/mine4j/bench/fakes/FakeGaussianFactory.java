package org.mine4j.bench.fakes;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.data.Sampler;
import org.mine4j.api.data.Samples;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;
import org.mine4j.api.spi.DatasetFactory;

/** A 1-D correlated Gaussian generator (options {@code dim}, which must be 1, and {@code rho}). */
public final class FakeGaussianFactory implements DatasetFactory {
  private static final List<OptionSpec> OPTIONS =
      List.of(new OptionSpec("dim", "1", "must be 1"), new OptionSpec("rho", "0.5", "correlation"));

  @Override
  public String name() {
    return "fake-gaussian";
  }

  @Override
  public String description() {
    return "1-D correlated Gaussian for tests";
  }

  @Override
  public List<OptionSpec> options() {
    return OPTIONS;
  }

  @Override
  public Dataset create(Map<String, String> options) {
    OptionValues values = OptionValues.parse("dataset 'fake-gaussian'", OPTIONS, options);
    double rho = values.doubleValue("rho");
    return new Dataset() {
      @Override
      public String name() {
        return "fake-gaussian";
      }

      @Override
      public Map<String, String> options() {
        return Map.copyOf(options);
      }

      @Override
      public int dimX() {
        return 1;
      }

      @Override
      public int dimY() {
        return 1;
      }

      @Override
      public OptionalDouble trueMutualInformation() {
        return OptionalDouble.of(-0.5 * Math.log1p(-rho * rho));
      }

      @Override
      public OptionalInt size() {
        return OptionalInt.empty();
      }

      @Override
      public Sampler sampler(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return n -> {
          float[] x = new float[n];
          float[] y = new float[n];
          for (int i = 0; i < n; i++) {
            double a = gaussian(random);
            x[i] = (float) a;
            y[i] = (float) (rho * a + Math.sqrt(1 - rho * rho) * gaussian(random));
          }
          return Samples.ofRowMajor(x, y, n, 1, 1);
        };
      }
    };
  }

  private static double gaussian(SplittableRandom random) {
    double u = random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
  }
}
