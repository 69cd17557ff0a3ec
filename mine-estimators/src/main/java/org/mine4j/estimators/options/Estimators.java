package org.mine4j.estimators.options;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.mine4j.estimators.mige.MigeEstimator;
import org.mine4j.estimators.mige.MigeOptions;
import org.mine4j.estimators.nonparametric.HistogramOptions;
import org.mine4j.estimators.nonparametric.KsgOptions;

/**
 * Typed options for every built-in estimator, by its registered name; pass them to {@link
 * org.mine4j.estimators.MutualInformation}. Each method starts from the estimator's defaults (those
 * of {@code mine4j list}); set only what you change:
 *
 * <pre>{@code
 * Estimators.mine().steps(2000)
 * Estimators.smile().tau(5).critic("separable").batchSize(128)
 * Estimators.ksg(KsgOptions.defaults().withK(5))
 * }</pre>
 *
 * <p>Which to use: {@code mine}, {@code nwj} or {@code smile} for a neural lower bound of moderate
 * MI on a few thousand rows; {@code infonce} when low variance matters more than its ceiling ln K;
 * {@code ksg} for low-dimensional data (no training, O(N log N)); {@code gaussian} as the linear
 * reference. The all-pairs bounds (infonce, js, smile, tuba, alpha) score K² pairs a step and are
 * slow with the concat critic: use {@code critic("separable")}.
 */
public final class Estimators {
  private Estimators() {}

  /** MINE (Belghazi et al. 2018): DV bound, moving-average bias-corrected gradient. */
  public static MineOptions mine() {
    return new MineOptions(Map.of());
  }

  /** The Donsker–Varadhan bound with its plain minibatch gradient ("MINE-biased"). */
  public static BoundOptions dv() {
    return new BoundOptions("dv", Map.of());
  }

  /** NWJ / MINE-f (Nguyen, Wainwright &amp; Jordan 2010): mean T − mean e^{T − 1}. */
  public static BoundOptions nwj() {
    return new BoundOptions("nwj", Map.of());
  }

  /** InfoNCE / CPC (van den Oord et al. 2018) on all K×K pairs; at most ln K. */
  public static BoundOptions infonce() {
    return new BoundOptions("infonce", Map.of());
  }

  /** A critic trained on the Jensen–Shannon objective, reported as NWJ (Poole et al. 2019). */
  public static BoundOptions js() {
    return new BoundOptions("js", Map.of());
  }

  /** SMILE(τ) (Song &amp; Ermon 2020): DV with the marginal scores clipped to [−τ, τ]. */
  public static SmileOptions smile() {
    return new SmileOptions(Map.of());
  }

  /** ReMINE (Choi &amp; Lee 2020): DV trained with a penalty on its log-partition term. */
  public static ReMineOptions remine() {
    return new ReMineOptions("remine", Map.of());
  }

  /** ReMINE-J (Choi &amp; Lee 2020): ReMINE training, reports the joint term mean T − C. */
  public static ReMineOptions remineJ() {
    return new ReMineOptions("remine-j", Map.of());
  }

  /** TUBA (Poole et al. 2019) with a learned or fixed baseline a(y). */
  public static TubaOptions tuba() {
    return new TubaOptions(Map.of());
  }

  /** The interpolated bound I_α (Poole et al. 2019) between InfoNCE and TUBA. */
  public static AlphaOptions alpha() {
    return new AlphaOptions(Map.of());
  }

  /** KSG algorithm 1 (Kraskov, Stögbauer &amp; Grassberger 2004), k = 3. */
  public static EstimatorOptions ksg() {
    return ksg(KsgOptions.defaults());
  }

  /** KSG algorithm 1 with the given options. */
  public static EstimatorOptions ksg(KsgOptions options) {
    return EstimatorOptions.of("ksg", requireNonNull(options, "options is null").toProperties());
  }

  /** KSG algorithm 2 (Kraskov, Stögbauer &amp; Grassberger 2004), k = 3. */
  public static EstimatorOptions ksg2() {
    return ksg2(KsgOptions.defaults());
  }

  /** KSG algorithm 2 with the given options. */
  public static EstimatorOptions ksg2(KsgOptions options) {
    return EstimatorOptions.of("ksg2", requireNonNull(options, "options is null").toProperties());
  }

  /**
   * MIGE (Wen et al. 2020): per-row MI gradients from spectral Stein score estimates, with its
   * defaults. It serves training loops as a gradient source and has no MI value.
   */
  public static EstimatorOptions mige() {
    return mige(MigeOptions.DEFAULTS);
  }

  /** MIGE with the given options. */
  public static EstimatorOptions mige(MigeOptions options) {
    return EstimatorOptions.of(
        MigeEstimator.NAME, requireNonNull(options, "options is null").toProperties());
  }

  /** The Gaussian plug-in −½ Σ ln(1 − ρᵢ²) over canonical correlations; no options. */
  public static EstimatorOptions gaussian() {
    return EstimatorOptions.of("gaussian", Map.of());
  }

  /** Equal-width bins, 10 per column (low dimensions only). */
  public static EstimatorOptions histogram() {
    return histogram(HistogramOptions.defaults());
  }

  /** Equal-width bins with the given options. */
  public static EstimatorOptions histogram(HistogramOptions options) {
    return EstimatorOptions.of(
        "histogram", requireNonNull(options, "options is null").toProperties());
  }
}
