package org.mine4j.bench.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.options.Suggestions;
import org.mine4j.bench.plugins.Components;
import org.mine4j.bench.sweep.SweepTask;
import org.mine4j.datasets.bmi.BmiTasks;

/**
 * The tasks of {@code bench run --tasks}, checked before anything runs or is written: {@code bmi}
 * (a default subset), {@code staircase[:cubic]} ({@link StaircaseTasks}), a bmi task name, or a
 * dataset {@code NAME[:K=V...]}. Every task's dataset is made with its options (so a bad option,
 * {@code correlated-gaussian:rho=2} or {@code bmi:task=foo}, is a usage error with the dataset's
 * own message and did-you-mean), must give a finite exact MI ({@code mnist} has none), and must
 * give every sample size of the sweep: at least {@value #MIN_ROWS} rows, more than dx + dy + 1, and
 * no more than a finite dataset holds.
 */
final class SweepTasks {
  /** The tasks {@code --tasks bmi} stands for: low- and mid-dimensional tasks of every family. */
  static final List<String> DEFAULT_BMI_TASKS =
      List.of(
          "1v1-normal-0.75",
          "1v1-additive-0.1",
          "wiggly-1v1-normal-0.75",
          "half_cube-1v1-normal-0.75",
          "student-identity-1-1-1",
          "multinormal-dense-2-2-0.5",
          "multinormal-sparse-3-3-2-2.0",
          "student-identity-3-3-2",
          "spiral-multinormal-sparse-3-3-2-2.0",
          "asinh-student-identity-2-2-1");

  static final String BMI = "bmi";

  /**
   * The fewest rows a run may have: a neural estimator holds out half of them and validates on a
   * fifth of the rest, KSG needs more than k neighbours.
   */
  static final int MIN_ROWS = 20;

  private SweepTasks() {}

  /** The tasks of the labels, each validated against the sizes. */
  static List<SweepTask> of(Components components, List<String> labels, List<Integer> sizes) {
    Set<String> seen = new LinkedHashSet<>();
    List<SweepTask> chosen = new ArrayList<>();
    for (String label :
        LabelledOptions.labels(labels, "--tasks", "bmi,correlated-gaussian:rho=0.9")) {
      String[] parts = label.split(":");
      String name = parts[0];
      List<SweepTask> expanded = new ArrayList<>();
      if (StaircaseTasks.NAME.equals(name)) {
        expanded.addAll(StaircaseTasks.expand(label));
      } else if (BMI.equals(name) && parts.length == 1) {
        for (String task : DEFAULT_BMI_TASKS) {
          expanded.add(new SweepTask(task, BMI, Map.of("task", task)));
        }
      } else if (components.datasets().contains(name)) {
        Map<String, String> options =
            LabelledOptions.options(label, "--tasks", "correlated-gaussian:rho=0.9");
        expanded.add(new SweepTask(label, name, options));
      } else if (BmiTasks.find(name).isPresent()) {
        if (parts.length > 1) {
          throw MineException.invalidOptions(
              "bmi task '"
                  + name
                  + "' takes no options; remove '"
                  + label.substring(name.length())
                  + "'");
        }
        expanded.add(new SweepTask(name, BMI, Map.of("task", name)));
      } else {
        throw unknownTask(components, name);
      }
      for (SweepTask task : expanded) {
        if (!seen.add(task.label())) {
          throw MineException.invalidOptions("--tasks names '" + task.label() + "' twice");
        }
        check(components, task, sizes);
        chosen.add(task);
      }
    }
    return chosen;
  }

  private static void check(Components components, SweepTask task, List<Integer> sizes) {
    Dataset dataset;
    try {
      dataset = components.datasets().get(task.dataset()).create(task.options());
    } catch (MineException e) {
      throw new MineException(e.code(), "task '" + task.label() + "': " + e.getMessage(), e);
    }
    if (dataset.trueMutualInformation().isEmpty()
        || !Double.isFinite(dataset.trueMutualInformation().getAsDouble())) {
      throw MineException.invalidOptions(
          "task '"
              + task.label()
              + "' has no exact MI, so a sweep cannot score it; choose a dataset with a known MI"
              + " (see 'mine4j list') or a bmi task");
    }
    int dimensions = dataset.dimX() + dataset.dimY();
    int least = Math.max(MIN_ROWS, dimensions + 2);
    OptionalInt size = dataset.size();
    for (int n : sizes) {
      if (n < 2) {
        continue; // SweepPlan refuses sizes below 2 with its own message
      }
      if (n < least) {
        throw MineException.invalidOptions(
            "--n "
                + n
                + " is too small for task '"
                + task.label()
                + "' ("
                + dataset.dimX()
                + " + "
                + dataset.dimY()
                + " dimensions): a run needs at least "
                + least
                + " rows (neural estimators hold out half of them, ksg needs more than k"
                + " neighbours, the Gaussian plug-in more than dx + dy + 1 rows)");
      }
      if (size.isPresent() && n > size.getAsInt()) {
        throw MineException.invalidOptions(
            "--n "
                + n
                + " is more than the "
                + size.getAsInt()
                + " rows of task '"
                + task.label()
                + "'; use at most "
                + size.getAsInt());
      }
    }
  }

  private static MineException unknownTask(Components components, String name) {
    List<String> known = new ArrayList<>();
    known.add(BMI);
    known.add(StaircaseTasks.NAME);
    known.addAll(components.datasets().names());
    known.addAll(BmiTasks.names());
    String suggestion = Suggestions.didYouMean(name, known);
    return new MineException(
        ErrorCode.UNKNOWN_COMPONENT,
        "unknown task '"
            + name
            + "'"
            + (suggestion.isEmpty() ? ";" : suggestion)
            + " a task is 'bmi', 'staircase', a bmi task name or a dataset name with exact MI: "
            + String.join(", ", components.datasets().names())
            + " ('mine4j list' shows them and the bmi tasks)");
  }
}
