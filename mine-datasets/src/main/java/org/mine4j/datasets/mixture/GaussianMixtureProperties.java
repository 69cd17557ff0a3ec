package org.mine4j.datasets.mixture;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;

/** The flat-property form of {@link GaussianMixtureOptions}: parsing and writing number lists. */
final class GaussianMixtureProperties {
  static final String COMPONENT = "dataset '" + GaussianMixtureFactory.NAME + "'";

  /** The accepted properties. */
  static final List<OptionSpec> SPECS =
      List.of(
          new OptionSpec("preset", "bimodal", "named 1x1 mixture: bimodal, x or ai"),
          new OptionSpec("dim-x", "1", "explicit form: dimension of X"),
          new OptionSpec("dim-y", "1", "explicit form: dimension of Y"),
          new OptionSpec("weights", "", "explicit form: mixing weights, e.g. 0.5,0.5"),
          new OptionSpec("means", "", "explicit form: dx+dy values per component, ';' between"),
          new OptionSpec(
              "covariances", "", "explicit form: (dx+dy)^2 values row-major, ';' between"));

  private static final List<String> EXPLICIT =
      List.of("dim-x", "dim-y", "weights", "means", "covariances");

  private GaussianMixtureProperties() {}

  /**
   * Reads a preset or an explicit mixture.
   *
   * @throws org.mine4j.api.MineException INVALID_OPTIONS for an unknown name, a malformed or
   *     inconsistent value, or a preset given with explicit properties
   */
  static GaussianMixtureOptions read(Map<String, String> properties) {
    requireNonNull(properties, "properties is null");
    OptionValues values = OptionValues.parse(COMPONENT, SPECS, properties);
    boolean explicit = EXPLICIT.stream().anyMatch(properties::containsKey);
    if (!explicit) {
      return GaussianMixtureOptions.ofPreset(values.choice("preset", GaussianMixturePresets.NAMES));
    }
    try {
      if (properties.containsKey("preset")) {
        throw new IllegalArgumentException(
            "give either preset or the explicit form (weights, means, covariances), not both");
      }
      int dimX = values.intValue("dim-x");
      int dimY = values.intValue("dim-y");
      List<List<Double>> weights = parse(values.string("weights"), ",", "weights");
      List<List<Double>> means = parse(values.string("means"), ";", "means");
      List<List<Double>> covariances = parse(values.string("covariances"), ";", "covariances");
      if (weights.size() != means.size() || weights.size() != covariances.size()) {
        throw new IllegalArgumentException(
            "weights, means and covariances must list the same number of components, found "
                + weights.size()
                + ", "
                + means.size()
                + " and "
                + covariances.size());
      }
      List<MixtureComponent> components = new ArrayList<>();
      for (int k = 0; k < weights.size(); k++) {
        components.add(
            new MixtureComponent(weights.get(k).get(0), means.get(k), covariances.get(k)));
      }
      return GaussianMixtureOptions.of(dimX, dimY, components);
    } catch (IllegalArgumentException e) {
      throw values.invalid(e);
    }
  }

  /** Groups separated by {@code separator}; within a group, numbers separated by ','. */
  private static List<List<Double>> parse(String text, String separator, String name) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException(
          name + " is missing: the explicit form needs weights, means and covariances");
    }
    List<List<Double>> groups = new ArrayList<>();
    for (String group : text.split(separator, -1)) {
      List<Double> numbers = new ArrayList<>();
      for (String number : group.split(",", -1)) {
        try {
          numbers.add(Double.parseDouble(number.trim()));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              name + " must be numbers separated by ',' (components by ';'), found '" + text + "'");
        }
      }
      groups.add(numbers);
    }
    return groups;
  }

  /** The inverse of {@link #parse}: numbers joined by ',', groups by {@code separator}. */
  static String join(List<List<Double>> groups, String separator) {
    return groups.stream()
        .map(g -> g.stream().map(d -> Double.toString(d)).collect(Collectors.joining(",")))
        .collect(Collectors.joining(separator));
  }
}
