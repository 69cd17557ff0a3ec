package org.mine4j.bench.sweep;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.mine4j.api.options.Suggestions;

/**
 * The sweep engines visible to a class loader: the built-in {@link ThreadPoolEngine} and every
 * {@link SweepEngine} registered with {@link ServiceLoader}.
 */
public final class SweepEngines {
  /** The name of the engine of the {@code mine-spark} module. */
  static final String SPARK = "spark";

  private final Map<String, SweepEngine> engines;

  private SweepEngines(Map<String, SweepEngine> engines) {
    this.engines = engines;
  }

  /**
   * The built-in engine and those registered under {@code loader}.
   *
   * @throws MineException INTERNAL if two engines share a name
   */
  public static SweepEngines discover(ClassLoader loader) {
    Map<String, SweepEngine> found = new LinkedHashMap<>();
    found.put(ThreadPoolEngine.NAME, new ThreadPoolEngine());
    for (SweepEngine engine : ServiceLoader.load(SweepEngine.class, loader)) {
      SweepEngine previous = found.putIfAbsent(engine.name(), engine);
      if (previous != null && previous.getClass() != engine.getClass()) {
        throw new MineException(
            ErrorCode.INTERNAL,
            "two sweep engines are named '"
                + engine.name()
                + "': "
                + previous.getClass().getName()
                + " and "
                + engine.getClass().getName()
                + "; remove one from the class path");
      }
    }
    return new SweepEngines(found);
  }

  /** The engines' names, the built-in one first. */
  public List<String> names() {
    return new ArrayList<>(engines.keySet());
  }

  /**
   * The engine named {@code name}.
   *
   * @throws MineException UNKNOWN_COMPONENT naming the known engines, and for {@code spark} the
   *     module that brings it
   */
  public SweepEngine get(String name) {
    requireNonNull(name, "name is null");
    SweepEngine engine = engines.get(name);
    if (engine != null) {
      return engine;
    }
    List<String> candidates = new ArrayList<>(names());
    if (!candidates.contains(SPARK)) {
      candidates.add(SPARK);
    }
    String suggestion = Suggestions.didYouMean(name, candidates);
    boolean sparkMeant = SPARK.equals(name) || suggestion.contains("'" + SPARK + "'");
    String hint =
        sparkMeant && !engines.containsKey(SPARK)
            ? " The spark engine is in the mine-spark module, which is not on the class path: run"
                + " through ./mine4j (it adds mine-spark and Spark for --engine spark) or"
                + " spark-submit the shaded jar mine-spark/target/mine-spark-VERSION-all.jar."
            : "";
    throw new MineException(
        ErrorCode.UNKNOWN_COMPONENT,
        "unknown sweep engine '"
            + name
            + "'"
            + (suggestion.isEmpty() ? ";" : suggestion)
            + " known here: "
            + String.join(", ", names())
            + "."
            + hint);
  }
}
