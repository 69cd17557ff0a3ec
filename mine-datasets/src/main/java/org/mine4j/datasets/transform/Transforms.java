package org.mine4j.datasets.transform;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mine4j.api.options.Suggestions;

/**
 * Builds a {@link TransformChain} from an option value such as {@code cube} or {@code
 * normal-cdf,swiss-roll} (applied left to right), for one side. The names: {@value #NAMES}. {@code
 * wiggly} is bmi's X map on X and its Y map on Y; {@code spiral} turns the plane of the first two
 * coordinates with speed 1/n; {@code swiss-roll} needs a one-dimensional side whose values lie in
 * (0, 1), so it must come right after {@code normal-cdf} or {@code logistic}.
 */
public final class Transforms {
  /** The accepted names, for messages and option descriptions. */
  public static final String NAMES =
      "none, cube, half-cube, asinh, normal-cdf, logistic, wiggly, spiral, swiss-roll";

  private static final List<String> KNOWN = List.of(NAMES.split(", "));

  /** The side a chain acts on (the wiggly map differs between them, as in bmi). */
  public enum Side {
    X,
    Y
  }

  private Transforms() {}

  /**
   * The chain named by {@code spec} on a side of dimension {@code dimension}.
   *
   * @throws IllegalArgumentException for an unknown name (with a suggestion), a map undefined in
   *     the side's dimension, or a swiss-roll without a map onto (0, 1) before it
   */
  public static TransformChain parse(String spec, Side side, int dimension) {
    requireNonNull(spec, "spec is null");
    requireNonNull(side, "side is null");
    String text = spec.trim().toLowerCase(Locale.ROOT);
    if (text.isEmpty() || text.equals("none")) {
      return TransformChain.identity(dimension);
    }
    List<Transform> steps = new ArrayList<>();
    int current = dimension;
    for (String part : text.split(",")) {
      String name = part.trim();
      Transform step = byName(name, side, current, steps);
      current = step.outputDimension(current);
      steps.add(step);
    }
    return new TransformChain(dimension, steps);
  }

  private static Transform byName(String name, Side side, int dimension, List<Transform> before) {
    return switch (name) {
      case "cube" -> CoordinateMap.CUBE;
      case "half-cube" -> CoordinateMap.HALF_CUBE;
      case "asinh" -> CoordinateMap.ASINH;
      case "normal-cdf" -> CoordinateMap.NORMAL_CDF;
      case "logistic" -> CoordinateMap.LOGISTIC;
      case "wiggly" -> side == Side.X ? CoordinateMap.WIGGLY_X : CoordinateMap.WIGGLY_Y;
      case "spiral" -> Spiral.standard(dimension);
      case "swiss-roll" -> {
        Transform last = before.isEmpty() ? null : before.get(before.size() - 1);
        if (last != CoordinateMap.NORMAL_CDF && last != CoordinateMap.LOGISTIC) {
          throw new IllegalArgumentException(
              "swiss-roll is invertible on values in (0, 1) only; put normal-cdf or logistic"
                  + " before it, e.g. normal-cdf,swiss-roll");
        }
        yield new SwissRoll();
      }
      default ->
          throw new IllegalArgumentException(
              "unknown transform '"
                  + name
                  + "'"
                  + Suggestions.didYouMean(name, KNOWN)
                  + " known: "
                  + NAMES);
    };
  }
}
