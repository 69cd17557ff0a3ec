package org.mine4j.datasets.transform;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.data.Sampler;
import org.mine4j.api.data.Samples;
import org.mine4j.datasets.truth.KnownDensityRatio;

/**
 * A dataset seen through invertible maps of each side: rows (f(x), g(y)) for the base's rows (x,
 * y). I(f(X); g(Y)) = I(X;Y) for diffeomorphisms f and g (Czyż et al. 2023, "Beyond normal",
 * Theorem 2.1; Kraskov et al. 2004), so the base's true MI carries over. The name is the base's;
 * the options are the base's plus {@code x-transform} and {@code y-transform} (when not the
 * identity), which is how the Gaussian and Student factories write them. Use {@link #of} to keep
 * the log density ratio of a {@link KnownDensityRatio} base.
 */
public class TransformedDataset implements Dataset {
  private final Dataset base;
  private final TransformChain x;
  private final TransformChain y;

  TransformedDataset(Dataset base, TransformChain x, TransformChain y) {
    this.base = requireNonNull(base, "base is null");
    this.x = requireNonNull(x, "x is null");
    this.y = requireNonNull(y, "y is null");
    if (x.inputDimension() != base.dimX() || y.inputDimension() != base.dimY()) {
      throw new IllegalArgumentException(
          "the transforms act on dimensions "
              + x.inputDimension()
              + " and "
              + y.inputDimension()
              + " but the base has "
              + base.dimX()
              + " and "
              + base.dimY());
    }
  }

  /**
   * (f × g) applied to {@code base}: a {@link KnownDensityRatio} when the base is one, whose ratio
   * at (u, v) is the base's at (f⁻¹(u), g⁻¹(v)).
   */
  public static TransformedDataset of(Dataset base, TransformChain x, TransformChain y) {
    return base instanceof KnownDensityRatio known
        ? new TransformedDensityRatio(known, x, y)
        : new TransformedDataset(base, x, y);
  }

  public Dataset base() {
    return base;
  }

  public TransformChain xTransform() {
    return x;
  }

  public TransformChain yTransform() {
    return y;
  }

  @Override
  public String name() {
    return base.name();
  }

  @Override
  public Map<String, String> options() {
    Map<String, String> options = new LinkedHashMap<>(base.options());
    if (!x.isIdentity()) {
      options.put(TransformOptions.X_TRANSFORM, x.name());
    }
    if (!y.isIdentity()) {
      options.put(TransformOptions.Y_TRANSFORM, y.name());
    }
    return Collections.unmodifiableMap(options);
  }

  @Override
  public int dimX() {
    return x.outputDimension();
  }

  @Override
  public int dimY() {
    return y.outputDimension();
  }

  @Override
  public OptionalDouble trueMutualInformation() {
    return base.trueMutualInformation();
  }

  @Override
  public OptionalInt size() {
    return base.size();
  }

  @Override
  public Sampler sampler(long seed) {
    Sampler inner = base.sampler(seed);
    return n -> map(inner.next(n));
  }

  private Samples map(Samples raw) {
    int n = raw.rows();
    float[] xs = new float[Math.multiplyExact(n, dimX())];
    float[] ys = new float[Math.multiplyExact(n, dimY())];
    for (int i = 0; i < n; i++) {
      Rows.store(x.forward(Rows.x(raw, i)), xs, i);
      Rows.store(y.forward(Rows.y(raw, i)), ys, i);
    }
    return Samples.ofRowMajor(xs, ys, n, dimX(), dimY());
  }

  @Override
  public String toString() {
    return "TransformedDataset[" + x + " × " + y + " of " + base + "]";
  }
}
