package org.mine4j.datasets.mixture;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.mine4j.datasets.internal.Cholesky;
import org.mine4j.datasets.internal.OrderedProperties;

/**
 * Validated options of the {@code gaussian-mixture} dataset: a mixture of Gaussians over the joint
 * vector (x, y), either a named {@code preset} ({@code bimodal}, the default; {@code x}; {@code
 * ai}; see {@link GaussianMixturePresets}) or given explicitly by the properties {@code dim-x},
 * {@code dim-y} (default 1 each), {@code weights} (e.g. {@code 0.5,0.5}, summing to 1), {@code
 * means} (one list of dx + dy values per component, components separated by ';', e.g. {@code
 * -1,-1;1,1}) and {@code covariances} ((dx + dy)² values row-major per component, separated by
 * ';'). {@link #toProperties()} writes the preset's name or the explicit form; {@link
 * GaussianMixtureProperties} reads them.
 *
 * @param preset the preset's name, or "" for an explicit mixture
 * @param dimX dx
 * @param dimY dy
 * @param components the components, weights summing to 1 within 1e-9
 */
public record GaussianMixtureOptions(
    String preset, int dimX, int dimY, List<MixtureComponent> components) {
  public GaussianMixtureOptions {
    requireNonNull(preset, "preset is null");
    components = List.copyOf(requireNonNull(components, "components is null"));
    if (dimX < 1 || dimY < 1) {
      throw new IllegalArgumentException(
          "dim-x and dim-y must be at least 1, found " + dimX + " and " + dimY);
    }
    if (components.isEmpty()) {
      throw new IllegalArgumentException("a mixture needs at least one component");
    }
    double total = 0.0;
    for (int k = 0; k < components.size(); k++) {
      MixtureComponent component = components.get(k);
      if (component.mean().size() != dimX + dimY) {
        throw new IllegalArgumentException(
            "means need dim-x + dim-y = "
                + (dimX + dimY)
                + " values per component, found "
                + component.mean().size()
                + " in component "
                + (k + 1));
      }
      try {
        Cholesky.of(component.covarianceArray(), dimX + dimY);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "covariances must be positive definite, component " + (k + 1) + " is not", e);
      }
      total += component.weight();
    }
    if (Math.abs(total - 1.0) > 1e-9) {
      throw new IllegalArgumentException("weights must sum to 1, found sum " + total);
    }
  }

  /** The named preset (one of bimodal, x, ai). */
  public static GaussianMixtureOptions ofPreset(String name) {
    return new GaussianMixtureOptions(name, 1, 1, GaussianMixturePresets.components(name));
  }

  /** An explicit mixture over dx + dy coordinates. */
  public static GaussianMixtureOptions of(int dimX, int dimY, List<MixtureComponent> components) {
    return new GaussianMixtureOptions("", dimX, dimY, components);
  }

  /** The {@code bimodal} preset. */
  public static GaussianMixtureOptions defaults() {
    return ofPreset("bimodal");
  }

  /** Reads the options; see {@link GaussianMixtureProperties#read}. */
  public static GaussianMixtureOptions fromProperties(Map<String, String> properties) {
    return GaussianMixtureProperties.read(properties);
  }

  /**
   * {@code preset}, or {@code dim-x}, {@code dim-y}, {@code weights}, {@code means}, {@code
   * covariances}.
   */
  public Map<String, String> toProperties() {
    if (!preset.isEmpty()) {
      return OrderedProperties.of("preset", preset);
    }
    return OrderedProperties.of(
        "dim-x",
        Integer.toString(dimX),
        "dim-y",
        Integer.toString(dimY),
        "weights",
        GaussianMixtureProperties.join(
            components.stream().map(c -> List.of(c.weight())).toList(), ","),
        "means",
        GaussianMixtureProperties.join(
            components.stream().map(MixtureComponent::mean).toList(), ";"),
        "covariances",
        GaussianMixtureProperties.join(
            components.stream().map(MixtureComponent::covariance).toList(), ";"));
  }
}
