package org.mine4j.bench.sweep;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One task of a sweep: a dataset with options whose exact mutual information is known. A bmi
 * catalogue task (Czyż et al. 2023) is the dataset {@code bmi} with {@code task=NAME} and is
 * labelled by the bmi name.
 *
 * @param label the label runs are keyed and summarised by, e.g. {@code 1v1-normal-0.75} or {@code
 *     correlated-gaussian:rho=0.9}
 * @param dataset the registered dataset name
 * @param options the dataset options (sorted)
 */
public record SweepTask(String label, String dataset, Map<String, String> options) {
  public SweepTask {
    requireNonNull(label, "label is null");
    requireNonNull(dataset, "dataset is null");
    options = Collections.unmodifiableMap(new TreeMap<>(options));
  }
}
