package org.mine4j.estimators.training;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalDouble;
import org.mine4j.api.NonFiniteLossException;

/**
 * Detects training that diverged while every number stayed finite, so that it ends as a non-finite
 * loss does ({@link NonFiniteLossException}: the step, the last sound estimate, the fix) instead of
 * reporting, say, −137,336,995 nats. Fed each step's loss and training-batch bound and, at the end,
 * the held-out estimate. Three rules:
 *
 * <ol>
 *   <li>The training-batch bound stays outside ±{@code 10 (1 + ln K)} nats for K pairs per batch
 *       for {@value #PERSISTENCE} consecutive steps. A batch of K pairs cannot support more than
 *       about ln K nats (InfoNCE is at most ln K, and no distribution-free lower bound certifies
 *       more than O(ln K); McAllester &amp; Stratos 2018), and a lower bound of a non-negative
 *       quantity that far below 0 is a broken critic: ten times that scale is far outside anything
 *       a sound run reports. One such batch alone is not divergence: with heavy-tailed data (a
 *       Student-t with one degree of freedom, say) a single marginal pair can score far above the
 *       rest for a few steps and the critic recovers (seen on bmi's Student-t tasks); a diverged
 *       optimiser stays out for good (a learning rate of 10 leaves at step 2 and never returns).
 *   <li>The loss explodes against its history: after {@value #WARM_UP} steps, |loss| exceeds
 *       {@value #EXPLOSION} times (1 + the median |loss| of the last {@value #WINDOW} steps).
 *   <li>The held-out estimate of the chosen critic is below −ln N for its N held-out rows: a
 *       log-mean-exp over N rows is at least its largest term minus ln N, so such a value means a
 *       few held-out pairs score far above every joint pair — the critic does not generalise, and
 *       its "estimate" says nothing about I(X;Y) ≥ 0.
 * </ol>
 *
 * Not thread-safe; one guard per training run.
 */
public final class DivergenceGuard {
  /** Steps before the history rule applies. */
  static final int WARM_UP = 20;

  /** Steps of history the median is taken over. */
  static final int WINDOW = 100;

  /** Consecutive steps the training-batch bound may spend outside its limit. */
  static final int PERSISTENCE = 10;

  /** How many times its recent median a loss may reach. */
  static final double EXPLOSION = 1000;

  private final double boundLimit;
  private final double learningRate;
  private final double[] history = new double[WINDOW];
  private final double[] sorted = new double[WINDOW];
  private long steps;
  private int outside;
  private double lastSound = Double.NaN;

  /**
   * @param batchSize K, joint pairs per training batch
   * @param learningRate the optimiser's learning rate, named in the fix
   */
  public DivergenceGuard(int batchSize, double learningRate) {
    this.boundLimit = boundLimit(batchSize);
    this.learningRate = learningRate;
  }

  /** The largest |training-batch bound| a sound run reaches with K pairs per batch. */
  public static double boundLimit(int batchSize) {
    return 10 * (1 + Math.log(batchSize));
  }

  /**
   * Checks one step's finite loss and training-batch bound.
   *
   * @throws NonFiniteLossException if the step diverged
   */
  public void check(long step, double loss, double bound) {
    boolean out = Math.abs(bound) > boundLimit;
    outside = out ? outside + 1 : 0;
    if (outside >= PERSISTENCE) {
      throw diverged(
          step,
          String.format(
              Locale.ROOT,
              "the training-batch bound reached %.6g nats, beyond the ±%.1f nats a batch of the"
                  + " configured size can support, for %d steps in a row",
              bound,
              boundLimit,
              PERSISTENCE));
    }
    int filled = (int) Math.min(steps, WINDOW);
    if (steps >= WARM_UP) {
      System.arraycopy(history, 0, sorted, 0, filled);
      Arrays.sort(sorted, 0, filled);
      double median = sorted[filled / 2];
      if (Math.abs(loss) > EXPLOSION * (1 + median)) {
        throw diverged(
            step,
            String.format(
                Locale.ROOT,
                "the loss jumped to %.6g, over %.0f times its recent median %.4g",
                loss,
                EXPLOSION,
                median));
      }
    }
    history[(int) (steps % WINDOW)] = Math.abs(loss);
    steps++;
    if (!out) {
      lastSound = bound;
    }
  }

  /**
   * Checks the held-out estimate of the critic that training kept.
   *
   * @param step the step whose critic was kept
   * @param value its held-out estimate
   * @param rows the held-out rows it was computed on
   * @throws NonFiniteLossException if the estimate is below −ln N
   */
  public void checkHeldOut(long step, double value, int rows) {
    double floor = -Math.log(Math.max(2, rows));
    if (value < floor) {
      throw diverged(
          step,
          String.format(
              Locale.ROOT,
              "the held-out estimate of the critic kept at this step is %.6g nats, below −ln N ="
                  + " %.3f for N = %d held-out rows, where no sound critic lands",
              value,
              floor,
              rows));
    }
  }

  /** The training-batch bound of the last step within the bound's limit. */
  public OptionalDouble lastSoundEstimate() {
    return Double.isFinite(lastSound) ? OptionalDouble.of(lastSound) : OptionalDouble.empty();
  }

  private NonFiniteLossException diverged(long step, String what) {
    return NonFiniteLossException.diverged(
        step,
        what,
        lastSoundEstimate(),
        String.format(
            Locale.ROOT,
            "lower the learning rate (now %s; try -o learning-rate=%s), or use a bounded estimator"
                + " (smile, infonce)",
            trim(learningRate),
            trim(learningRate / 10)));
  }

  private static String trim(double value) {
    String text = String.format(Locale.ROOT, "%.3g", value);
    return text.contains("e") || !text.contains(".") ? text : text.replaceAll("\\.?0+$", "");
  }
}
