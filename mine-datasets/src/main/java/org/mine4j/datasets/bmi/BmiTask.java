package org.mine4j.datasets.bmi;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;
import org.mine4j.datasets.truth.KnownDensityRatio;

/**
 * One task of the bmi benchmark (Czyż et al. 2023, "Beyond normal: on the evaluation of mutual
 * information estimators", NeurIPS): its exact bmi name, a one-line construction, and how to build
 * its distribution.
 *
 * @param name bmi's task id, e.g. {@code spiral-multinormal-sparse-3-3-2-2.0}
 * @param construction e.g. {@code spiral (X plane 0-1, Y plane 1-2, speed 1/3) of sparse 3x3}
 * @param distribution builds the distribution (a new instance per call; instances are immutable)
 */
public record BmiTask(String name, String construction, Supplier<KnownDensityRatio> distribution) {
  public BmiTask {
    requireNonNull(name, "name is null");
    requireNonNull(construction, "construction is null");
    requireNonNull(distribution, "distribution is null");
  }

  /** The distribution, built afresh. */
  public KnownDensityRatio create() {
    return distribution.get();
  }
}
