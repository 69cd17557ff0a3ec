package org.mine4j.bench.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mine4j.api.MineException;
import org.mine4j.bench.staircase.StaircaseProtocol;
import org.mine4j.bench.sweep.SweepTask;
import org.mine4j.datasets.gaussian.CorrelatedGaussianFactory;
import org.mine4j.datasets.transform.TransformOptions;

/**
 * The task {@code staircase} of {@code bench run}: the MI levels of the staircase protocol (SPEC
 * §5; Song &amp; Ermon 2020, "Understanding the limitations of variational mutual information
 * estimators", ICLR) as fixed-MI tasks. Level I is the dataset {@code correlated-gaussian} with
 * {@code dim=20} and {@code mi=I} (x ~ N(0, I_20), y = ρx + √(1−ρ²)ε), labelled {@code
 * staircase-I}; {@code staircase:cubic} (or {@code cubic=true}) adds {@code y-transform=cube}, the
 * cubic variant, labelled {@code staircase-cubic-I}, with the same true MI (y ↦ y³ is invertible).
 * The sweep scores every level at its own sample sizes and seeds; the online protocol (fresh
 * samples every step, the MI stepping up during one training) is {@code bench staircase}.
 */
final class StaircaseTasks {
  /** The task name. */
  static final String NAME = "staircase";

  /** The only option: {@code staircase:cubic} or {@code staircase:cubic=true}. */
  static final String CUBIC = "cubic";

  /** The transform of Y in the cubic variant (a {@code Transforms} name). */
  static final String CUBE = "cube";

  private StaircaseTasks() {}

  /**
   * The tasks {@code label} ({@code staircase[:cubic[=true|false]]}) stands for, one per level in
   * increasing MI.
   *
   * @throws MineException INVALID_OPTIONS for any other option, naming the accepted ones
   */
  static List<SweepTask> expand(String label) {
    String[] parts = label.split(":");
    boolean cubic = false;
    for (int p = 1; p < parts.length; p++) {
      switch (parts[p]) {
        case CUBIC, CUBIC + "=true" -> cubic = true;
        case CUBIC + "=false" -> cubic = false;
        default ->
            throw MineException.invalidOptions(
                "task 'staircase' takes only the option cubic (staircase:cubic or"
                    + " staircase:cubic=true, the levels with y^3); found '"
                    + parts[p]
                    + "' in '"
                    + label
                    + "'");
      }
    }
    // The published protocol's dimension and levels; the critic and step budget do not matter.
    StaircaseProtocol protocol =
        StaircaseProtocol.standard(StaircaseProtocol.CRITICS.get(0), cubic, 1);
    List<SweepTask> tasks = new ArrayList<>();
    for (double level : protocol.levels()) {
      String mi = BigDecimal.valueOf(level).stripTrailingZeros().toPlainString();
      Map<String, String> options = new LinkedHashMap<>();
      options.put("dim", Integer.toString(protocol.dim()));
      options.put("mi", mi);
      if (cubic) {
        options.put(TransformOptions.Y_TRANSFORM, CUBE);
      }
      tasks.add(
          new SweepTask(
              NAME + (cubic ? "-" + CUBIC : "") + "-" + mi,
              CorrelatedGaussianFactory.NAME,
              options));
    }
    return tasks;
  }
}
