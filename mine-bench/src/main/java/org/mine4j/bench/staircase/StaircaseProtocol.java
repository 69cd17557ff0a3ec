package org.mine4j.bench.staircase;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The staircase protocol of SPEC §5 (Song &amp; Ermon 2020, "Understanding the limitations of
 * variational mutual information estimators", ICLR; Poole et al. 2019): x ~ N(0, I_d), y = ρx +
 * √(1−ρ²)ε, d = 20, batch K = 64 with fresh samples every step, the true MI stepping through {@code
 * levels} nats for {@code stepsPerLevel} steps each, Adam at 5e-4, critics of two hidden layers of
 * 256 (the separable critic embeds in 32 dimensions). With {@code cubic} the estimators see y³
 * instead of y: the same MI (an invertible map of y), a harder critic. Every estimator scores all
 * K² pairs of a batch (K(K−1) negatives), as in the SMILE and vbmi code, also DV, MINE, NWJ and
 * ReMINE whose default elsewhere is one shuffle ({@code nwj:negatives=shuffle} restores it).
 * Statistics per level use its last {@code window} steps.
 */
public record StaircaseProtocol(
    int dim,
    int batchSize,
    List<Double> levels,
    int stepsPerLevel,
    int window,
    double learningRate,
    String hidden,
    String critic,
    boolean cubic) {
  /** The critics the protocol compares. */
  public static final List<String> CRITICS = List.of("concat", "separable");

  public StaircaseProtocol {
    levels = List.copyOf(levels);
    if (dim < 1 || batchSize < 2) {
      throw new IllegalArgumentException(
          "dim must be >= 1 and batch size >= 2, found " + dim + " and " + batchSize);
    }
    if (levels.isEmpty() || levels.stream().anyMatch(mi -> !(mi > 0) || Double.isInfinite(mi))) {
      throw new IllegalArgumentException(
          "levels must be positive finite MI values, found " + levels);
    }
    if (stepsPerLevel < 1) {
      throw new IllegalArgumentException(
          "--steps-per-level must be at least 1, found " + stepsPerLevel);
    }
    if (window < 1 || window > stepsPerLevel) {
      throw new IllegalArgumentException(
          "the statistics window must be in [1, steps per level = "
              + stepsPerLevel
              + "], found "
              + window);
    }
    if (!CRITICS.contains(critic)) {
      throw new IllegalArgumentException(
          "--critic must be one of " + String.join(", ", CRITICS) + ", found '" + critic + "'");
    }
  }

  /** The published protocol: d = 20, K = 64, 2..10 nats, 4,000 steps a level, last 500 steps. */
  public static StaircaseProtocol standard(String critic, boolean cubic, int stepsPerLevel) {
    return new StaircaseProtocol(
        20,
        64,
        List.of(2.0, 4.0, 6.0, 8.0, 10.0),
        stepsPerLevel,
        Math.min(500, stepsPerLevel),
        5e-4,
        "256,256",
        critic,
        cubic);
  }

  public long totalSteps() {
    return (long) levels.size() * stepsPerLevel;
  }

  /** The level (0-based) of training step {@code step} (1-based). */
  public int levelOf(long step) {
    return (int) Math.min(levels.size() - 1, (step - 1) / stepsPerLevel);
  }

  /** The true MI at training step {@code step}. */
  public double trueMiAt(long step) {
    return levels.get(levelOf(step));
  }

  /** The componentwise correlation giving {@code mi} nats in {@code dim} dimensions. */
  public double rhoFor(double mi) {
    return Math.sqrt(-Math.expm1(-2 * mi / dim));
  }

  /**
   * The estimator options the protocol fixes, all pairs as negatives included (the user's
   * per-estimator options override them).
   */
  public Map<String, String> estimatorOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("steps", Long.toString(totalSteps()));
    options.put("batch-size", Integer.toString(batchSize));
    options.put("learning-rate", Double.toString(learningRate));
    options.put("hidden", hidden);
    options.put("critic", critic);
    options.put("negatives", "all-pairs");
    return options;
  }

  /** {@code concat} or {@code concat-cubic}: the name of this variant's results and plot. */
  public String variant() {
    return critic + (cubic ? "-cubic" : "");
  }
}
