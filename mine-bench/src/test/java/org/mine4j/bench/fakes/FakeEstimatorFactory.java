package org.mine4j.bench.fakes;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.Estimator;
import org.mine4j.api.NonFiniteLossException;
import org.mine4j.api.Provenance;
import org.mine4j.api.data.Samples;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;
import org.mine4j.api.spi.EstimatorFactory;
import org.slf4j.LoggerFactory;

/**
 * Fake estimators that train nothing. They accept the options the CLI passes to real neural
 * estimators ({@code steps}, {@code batch-size}, {@code learning-rate}, {@code hidden}) and reject
 * bad values as the real ones do.
 */
public final class FakeEstimatorFactory implements EstimatorFactory {
  private static final List<OptionSpec> OPTIONS =
      List.of(
          new OptionSpec("steps", "100", "training steps"),
          new OptionSpec("batch-size", "64", "minibatch size"),
          new OptionSpec("learning-rate", "0.001", "ignored"),
          new OptionSpec("hidden", "10", "ignored"),
          new OptionSpec("value", "0.5", "the constant estimate (fake-constant)"));

  private final String name;
  private final String description;
  private final BiFunction<Samples, EstimationContext, Double> compute;

  private FakeEstimatorFactory(
      String name, String description, BiFunction<Samples, EstimationContext, Double> compute) {
    this.name = name;
    this.description = description;
    this.compute = compute;
  }

  /** Always the option {@code value} (NaN stands for "use the option"). */
  public static FakeEstimatorFactory constant() {
    return new FakeEstimatorFactory(
        "fake-constant", "returns the option 'value'", (s, c) -> Double.NaN);
  }

  /** The Gaussian MI of the sample correlation of the held-out samples (or of the samples), 1-D. */
  public static FakeEstimatorFactory correlation() {
    return new FakeEstimatorFactory(
        "fake-correlation",
        "-1/2 ln(1 - r^2) of the held-out sample correlation",
        (samples, context) -> gaussianMi(context.heldOut().orElse(samples)));
  }

  /**
   * 0.5 dim-x / dim-y whatever the data: a broken estimator that grows when Y loses coordinates
   * (violates the data processing inequality), is not 0 under independence and not additive.
   */
  public static FakeEstimatorFactory dimensionRatio() {
    return new FakeEstimatorFactory(
        "fake-dimension-ratio",
        "0.5 dim-x / dim-y, whatever the data",
        (samples, context) -> 0.5 * samples.dimX() / samples.dimY());
  }

  /**
   * Like {@link #correlation()} but takes 25 ms of wall time first, so that a sweep of a few dozen
   * runs lasts long enough to be killed midway.
   */
  public static FakeEstimatorFactory slow() {
    return new FakeEstimatorFactory(
        "fake-slow",
        "sleeps 25 ms, then -1/2 ln(1 - r^2) of the held-out sample correlation",
        (samples, context) -> {
          try {
            Thread.sleep(25);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return gaussianMi(context.heldOut().orElse(samples));
        });
  }

  /** Diverges at step 7. */
  public static FakeEstimatorFactory diverging() {
    return new FakeEstimatorFactory(
        "fake-diverging",
        "training loss becomes infinite at step 7",
        (s, c) -> {
          throw new NonFiniteLossException(7, Double.POSITIVE_INFINITY, OptionalDouble.of(0.25));
        });
  }

  /**
   * Returns 0.5 after printing to System.out and System.err and logging an error, as noisy
   * libraries do.
   */
  public static FakeEstimatorFactory noisy() {
    return new FakeEstimatorFactory(
        "fake-noisy",
        "prints and logs while estimating",
        (s, c) -> {
          System.out.println("noise on System.out");
          System.err.println("noise on System.err");
          LoggerFactory.getLogger(FakeEstimatorFactory.class).error("noise in the log");
          return 0.5;
        });
  }

  /** Fails with a bug. */
  public static FakeEstimatorFactory broken() {
    return new FakeEstimatorFactory(
        "fake-broken",
        "throws an IllegalStateException",
        (s, c) -> {
          throw new IllegalStateException("fake bug");
        });
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public List<OptionSpec> options() {
    return OPTIONS;
  }

  @Override
  public Estimator create(Map<String, String> options) {
    OptionValues values = OptionValues.parse("estimator '" + name + "'", OPTIONS, options);
    int steps = values.intValue("steps");
    int batchSize = values.intValue("batch-size");
    double value = values.doubleValue("value");
    values.intList("hidden");
    try {
      if (steps <= 0) {
        throw new IllegalArgumentException("steps must be positive, found " + steps);
      }
      if (batchSize < 2) {
        throw new IllegalArgumentException("batch-size must be at least 2, found " + batchSize);
      }
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
    return new FakeEstimator(steps, value, options);
  }

  private static double gaussianMi(Samples samples) {
    int n = samples.rows();
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += samples.x(i, 0);
      my += samples.y(i, 0);
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = samples.x(i, 0) - mx;
      double dy = samples.y(i, 0) - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    double r = sxy / Math.sqrt(sxx * syy);
    return -0.5 * Math.log1p(-r * r);
  }

  private final class FakeEstimator implements Estimator {
    private final int steps;
    private final double value;
    private final Map<String, String> options;

    FakeEstimator(int steps, double value, Map<String, String> options) {
      this.steps = steps;
      this.value = value;
      this.options = Map.copyOf(options);
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Map<String, String> options() {
      return options;
    }

    @Override
    public Estimate estimate(Samples samples, EstimationContext context) {
      double computed = compute.apply(samples, context);
      double nats = Double.isNaN(computed) ? value : computed;
      int heldOut = context.heldOut().map(Samples::rows).orElse(samples.rows() / 2);
      int train = context.heldOut().isPresent() ? samples.rows() : samples.rows() - heldOut;
      return new Estimate(
          nats,
          name,
          "fake bound",
          OptionalDouble.of(Math.log(64)),
          nats - 0.1,
          nats + 0.1,
          steps,
          train,
          heldOut,
          false,
          List.of("this is a fake estimator"),
          Provenance.empty().with("estimator", name).with("seed", Long.toString(context.seed())));
    }
  }
}
