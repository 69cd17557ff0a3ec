package org.mine4j.bench.perf;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mine4j.api.bound.Negatives;
import org.mine4j.estimators.bounds.DvBound;
import org.mine4j.estimators.bounds.InfoNceBound;
import org.mine4j.estimators.critic.Activation;
import org.mine4j.estimators.critic.ConcatMlpCritic;
import org.mine4j.estimators.critic.separable.SeparableCritic;

/**
 * Times the MINE training step (Belghazi et al. 2018) of mine4j's concat critic, and the InfoNCE
 * step of its separable critic, the way {@code reference/torch_step.py} times PyTorch's, so that
 * the two can be compared side by side on one machine: the same step (fresh correlated-Gaussian
 * batch; concat: shuffled negatives, one forward on 2n pairs, DV loss; separable: all n x n pairs,
 * InfoNCE loss; backward, Adam lr 5e-4), warm-up, then 5 blocks of steps/5 steps; the median block
 * is the figure.
 *
 * <p>Warm-up is max(50, steps/10) steps as in the Python script, continued until at least {@link
 * #MIN_WARM_UP_NANOS} have passed so that the JIT has compiled the kernels. Run with {@code
 * OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1} for the one-thread comparison (this implementation
 * itself uses one Java thread and no native code).
 */
public final class StepBenchmark {
  /** The implementation name in the rows returned for concat specs. */
  public static final String IMPLEMENTATION = "mine4j-concat";

  /** The implementation name in the rows returned for separable specs. */
  public static final String SEPARABLE_IMPLEMENTATION = "mine4j-separable";

  /** The embedding size of torch_step.py's separable critic. */
  private static final int EMBEDDING = 32;

  /** The default specs: the MINE step, the staircase concat critic and two neighbours. */
  public static final List<String> DEFAULT_SPECS =
      List.of(
          "concat:1:512:100x2",
          "concat:20:64:256x2",
          "concat:1:64:100x2",
          "concat:20:512:100x2",
          "separable:20:64:256x2");

  /** The default step budget, as torch_step.py's. */
  public static final int DEFAULT_STEPS = 2000;

  private static final int BLOCKS = 5;
  private static final long MIN_WARM_UP_NANOS = 2_000_000_000L;
  private static final double LEARNING_RATE = 5e-4;
  private static final long SEED = 0;

  private StepBenchmark() {}

  /**
   * Times each spec in turn.
   *
   * @param specs {@code critic:d:n:HxL} texts, e.g. {@code concat:1:512:100x2}
   * @param steps timed steps per spec (at least 5: 5 blocks of steps/5)
   * @return one row per spec, in order
   * @throws IllegalArgumentException for a malformed spec or too few steps
   */
  public static List<StepTiming> run(List<String> specs, int steps) {
    requireNonNull(specs, "specs is null");
    if (steps < BLOCKS) {
      throw new IllegalArgumentException("steps must be at least " + BLOCKS + ", found " + steps);
    }
    List<StepSpec> parsed = specs.stream().map(StepSpec::parse).toList();
    List<StepTiming> rows = new ArrayList<>();
    for (StepSpec spec : parsed) {
      rows.add(time(spec, steps));
    }
    return List.copyOf(rows);
  }

  /** Times one spec. */
  public static StepTiming time(StepSpec spec, int steps) {
    requireNonNull(spec, "spec is null");
    BoundStep step =
        switch (spec.critic()) {
          case "separable" ->
              new BoundStep(
                  new SeparableCritic(
                      spec.dim(), spec.dim(), spec.hidden(), EMBEDDING, Activation.RELU, SEED),
                  new InfoNceBound(),
                  Negatives.ALL_PAIRS,
                  spec.batch(),
                  LEARNING_RATE,
                  SEED + 1);
          case "concat-pairs" ->
              new BoundStep(
                  new ConcatMlpCritic(spec.dim(), spec.dim(), spec.hidden(), Activation.RELU, SEED),
                  new InfoNceBound(),
                  Negatives.ALL_PAIRS,
                  spec.batch(),
                  LEARNING_RATE,
                  SEED + 1);
          default ->
              new BoundStep(
                  new ConcatMlpCritic(spec.dim(), spec.dim(), spec.hidden(), Activation.RELU, SEED),
                  new DvBound(),
                  Negatives.SHUFFLE,
                  spec.batch(),
                  LEARNING_RATE,
                  SEED + 1);
        };
    long warmUpStart = System.nanoTime();
    int warmUp = Math.max(50, steps / 10);
    for (int i = 0; i < warmUp || System.nanoTime() - warmUpStart < MIN_WARM_UP_NANOS; i++) {
      step.step();
    }
    int perBlock = steps / BLOCKS;
    double[] blocks = new double[BLOCKS];
    double lastLoss = Double.NaN;
    for (int b = 0; b < BLOCKS; b++) {
      long start = System.nanoTime();
      for (int i = 0; i < perBlock; i++) {
        lastLoss = step.step();
      }
      blocks[b] = (System.nanoTime() - start) / 1e6 / perBlock;
    }
    if (!Double.isFinite(lastLoss)) {
      throw new IllegalStateException("the benchmark's loss became non-finite: " + lastLoss);
    }
    Arrays.sort(blocks);
    return new StepTiming(
        spec.critic().equals("separable") ? SEPARABLE_IMPLEMENTATION : IMPLEMENTATION,
        spec.toString(),
        blocks[BLOCKS / 2],
        blocks[0],
        blocks[BLOCKS - 1]);
  }

  /**
   * Usage: {@code StepBenchmark [--steps N] [SPEC ...]}; prints one line per spec like
   * torch_step.py. Without specs it times {@link #DEFAULT_SPECS}.
   */
  public static void main(String[] args) {
    int steps = DEFAULT_STEPS;
    List<String> specs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--steps") && i + 1 < args.length) {
        steps = Integer.parseInt(args[++i]);
      } else {
        specs.add(args[i]);
      }
    }
    if (specs.isEmpty()) {
      specs.addAll(DEFAULT_SPECS);
    }
    for (String spec : specs) {
      System.out.println(time(StepSpec.parse(spec), steps).format());
      System.out.flush();
    }
  }
}
