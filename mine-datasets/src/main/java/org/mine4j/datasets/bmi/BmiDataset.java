package org.mine4j.datasets.bmi;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.mine4j.api.data.Sampler;
import org.mine4j.api.data.Samples;
import org.mine4j.datasets.truth.KnownDensityRatio;

/**
 * A task of the bmi benchmark (Czyż et al. 2023, "Beyond normal") under the name {@code bmi} with
 * the option {@code task}: samples, true MI and log density ratio are the task's distribution's
 * (see {@link BmiTasks} for each construction).
 */
public final class BmiDataset implements KnownDensityRatio {
  private final BmiTask task;
  private final KnownDensityRatio distribution;

  public BmiDataset(BmiTask task) {
    this.task = requireNonNull(task, "task is null");
    this.distribution = task.create();
  }

  /** The task. */
  public BmiTask task() {
    return task;
  }

  @Override
  public String name() {
    return BmiFactory.NAME;
  }

  @Override
  public Map<String, String> options() {
    return Map.of("task", task.name());
  }

  @Override
  public int dimX() {
    return distribution.dimX();
  }

  @Override
  public int dimY() {
    return distribution.dimY();
  }

  @Override
  public OptionalDouble trueMutualInformation() {
    return distribution.trueMutualInformation();
  }

  @Override
  public OptionalInt size() {
    return distribution.size();
  }

  @Override
  public Sampler sampler(long seed) {
    return distribution.sampler(seed);
  }

  @Override
  public double logDensityRatio(Samples samples, int row) {
    return distribution.logDensityRatio(samples, row);
  }

  @Override
  public String toString() {
    return "BmiDataset[" + task.name() + "]";
  }
}
