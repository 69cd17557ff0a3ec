package org.mine4j.bench.sweep;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a sweep's report says it ran: the estimator and task labels, the sample sizes, the seeds per
 * cell and the master seed. After {@code --resume} the log may hold more than the current command
 * asked for (a sweep extended earlier), so {@link #of} adds what the records hold to the plan.
 *
 * @param estimators estimator labels, in plan order, then any others the records hold
 * @param tasks task labels, likewise
 * @param sizes sample sizes, likewise
 * @param seeds seeds per estimator, task and n (the larger of the plan's and the records')
 * @param masterSeed the master seed
 */
public record SweepSettings(
    List<String> estimators, List<String> tasks, List<Integer> sizes, int seeds, long masterSeed) {
  public SweepSettings {
    estimators = List.copyOf(requireNonNull(estimators, "estimators is null"));
    tasks = List.copyOf(requireNonNull(tasks, "tasks is null"));
    sizes = List.copyOf(requireNonNull(sizes, "sizes is null"));
  }

  /** The plan's settings joined with what the records hold. */
  public static SweepSettings of(SweepPlan plan, Collection<RunRecord> records) {
    requireNonNull(plan, "plan is null");
    requireNonNull(records, "records is null");
    Set<String> estimators = new LinkedHashSet<>();
    plan.estimators().forEach(e -> estimators.add(e.label()));
    Set<String> tasks = new LinkedHashSet<>();
    plan.tasks().forEach(t -> tasks.add(t.label()));
    Set<Integer> sizes = new LinkedHashSet<>(plan.sizes());
    int seeds = plan.seeds();
    for (RunRecord record : records) {
      estimators.add(record.key().estimator());
      tasks.add(record.key().task());
      sizes.add(record.key().n());
      seeds = Math.max(seeds, record.key().seedIndex() + 1);
    }
    return new SweepSettings(
        List.copyOf(estimators), List.copyOf(tasks), List.copyOf(sizes), seeds, plan.masterSeed());
  }
}
