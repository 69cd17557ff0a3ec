package org.mine4j.bench.sweep;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How much an estimator's ranking score moves with the seeds: the score (the mean over its (task,
 * n) cells of |mean over seeds of log2(estimate / truth)|, as in {@link SweepReport#ranking()}) is
 * recomputed leaving out one seed index at a time, and the jackknife standard error of those
 * replicates (Efron &amp; Stein 1981; Efron &amp; Tibshirani 1993, ch. 11) gives a Student-t 95%
 * interval: score ± t(S − 1) · √((S − 1)/S · Σ (score₋ₛ − mean)²). It needs two seeds; the positive
 * estimates are the ones the score uses.
 */
final class SeedJackknife {
  private SeedJackknife() {}

  /**
   * The half-width of the 95% interval of each estimator's score, by label; NaN for fewer than two
   * seeds.
   */
  static Map<String, Double> halfWidths(Collection<RunRecord> records) {
    // estimator -> cell (task, n) -> seed index -> log2 ratio
    Map<String, Map<String, Map<Integer, Double>>> ratios = new TreeMap<>();
    for (RunRecord record : records) {
      if (record.failed() || record.truth().isEmpty()) {
        continue;
      }
      double estimate = record.estimate().getAsDouble();
      double truth = record.truth().getAsDouble();
      if (!(estimate > 0 && truth > 0)) {
        continue;
      }
      RunKey key = record.key();
      ratios
          .computeIfAbsent(key.estimator(), e -> new TreeMap<>())
          .computeIfAbsent(key.task() + "\u0000" + key.n(), c -> new TreeMap<>())
          .put(key.seedIndex(), Math.log(estimate / truth) / Math.log(2));
    }
    Map<String, Double> halfWidths = new TreeMap<>();
    ratios.forEach((estimator, cells) -> halfWidths.put(estimator, halfWidth(cells)));
    return halfWidths;
  }

  private static double halfWidth(Map<String, Map<Integer, Double>> cells) {
    TreeSet<Integer> seeds = new TreeSet<>();
    cells.values().forEach(bySeed -> seeds.addAll(bySeed.keySet()));
    int s = seeds.size();
    if (s < 2) {
      return Double.NaN;
    }
    List<Double> replicates = new ArrayList<>();
    for (int left : seeds) {
      double replicate = score(cells, left);
      if (Double.isFinite(replicate)) {
        replicates.add(replicate);
      }
    }
    double mean = replicates.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    double squares = 0;
    for (double replicate : replicates) {
      squares += (replicate - mean) * (replicate - mean);
    }
    double standardError = Math.sqrt((s - 1.0) / s * squares);
    return StudentT.quantile975(s - 1) * standardError;
  }

  /** The score without seed {@code left}: cells that keep a value count once each. */
  private static double score(Map<String, Map<Integer, Double>> cells, int left) {
    double sum = 0;
    int scored = 0;
    for (Map<Integer, Double> bySeed : cells.values()) {
      double cellSum = 0;
      int count = 0;
      for (Map.Entry<Integer, Double> entry : bySeed.entrySet()) {
        if (entry.getKey() != left) {
          cellSum += entry.getValue();
          count++;
        }
      }
      if (count > 0) {
        sum += Math.abs(cellSum / count);
        scored++;
      }
    }
    return scored == 0 ? Double.NaN : sum / scored;
  }
}
