package org.mine4j.datasets.transform;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;

/**
 * The {@code x-transform} and {@code y-transform} options a generator's factory accepts besides its
 * own (default {@code none}; see {@link Transforms} for the names), e.g. {@code -o
 * y-transform=cube}. {@link #parse} checks every given name against both lists, so a misspelt one
 * gets a suggestion, and splits off the base's properties; {@link #apply} wraps the base.
 */
public final class TransformOptions {
  public static final String X_TRANSFORM = "x-transform";
  public static final String Y_TRANSFORM = "y-transform";

  /** The two options. */
  public static final List<OptionSpec> SPECS =
      List.of(
          new OptionSpec(
              X_TRANSFORM,
              "none",
              "invertible map(s) applied to X, comma-separated in order: " + Transforms.NAMES),
          new OptionSpec(Y_TRANSFORM, "none", "invertible map(s) applied to Y, as x-transform"));

  private final String component;
  private final Map<String, String> baseProperties;
  private final OptionValues values;

  private TransformOptions(
      String component, Map<String, String> baseProperties, OptionValues values) {
    this.component = component;
    this.baseProperties = baseProperties;
    this.values = values;
  }

  /** The base's specs followed by the transform options, for {@code factory.options()}. */
  public static List<OptionSpec> withTransforms(List<OptionSpec> baseSpecs) {
    List<OptionSpec> all = new ArrayList<>(baseSpecs);
    all.addAll(SPECS);
    return List.copyOf(all);
  }

  /**
   * Validates the names in {@code properties} against the base's specs plus the transform options.
   *
   * @throws org.mine4j.api.MineException INVALID_OPTIONS for an unknown name
   */
  public static TransformOptions parse(
      String component, List<OptionSpec> baseSpecs, Map<String, String> properties) {
    requireNonNull(properties, "properties is null");
    OptionValues values = OptionValues.parse(component, withTransforms(baseSpecs), properties);
    Map<String, String> base = new LinkedHashMap<>(properties);
    base.remove(X_TRANSFORM);
    base.remove(Y_TRANSFORM);
    return new TransformOptions(component, base, values);
  }

  /** The given properties without the transform options. */
  public Map<String, String> baseProperties() {
    return baseProperties;
  }

  /**
   * {@code base} itself when both transforms are {@code none}, else the {@link TransformedDataset}.
   *
   * @throws org.mine4j.api.MineException INVALID_OPTIONS for an unknown transform or one that does
   *     not fit the side's dimension
   */
  public Dataset apply(Dataset base) {
    TransformChain x = side(X_TRANSFORM, Transforms.Side.X, base.dimX());
    TransformChain y = side(Y_TRANSFORM, Transforms.Side.Y, base.dimY());
    return x.isIdentity() && y.isIdentity() ? base : TransformedDataset.of(base, x, y);
  }

  private TransformChain side(String option, Transforms.Side side, int dimension) {
    try {
      return Transforms.parse(values.string(option), side, dimension);
    } catch (IllegalArgumentException e) {
      throw values.invalid(new IllegalArgumentException(option + ": " + e.getMessage(), e));
    }
  }

  @Override
  public String toString() {
    return "TransformOptions[" + component + "]";
  }
}
