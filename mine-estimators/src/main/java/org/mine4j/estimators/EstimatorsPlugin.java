package org.mine4j.estimators;

import java.util.List;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;
import org.mine4j.api.spi.EstimatorFactory;
import org.mine4j.api.spi.MinePlugin;
import org.mine4j.api.spi.NetworkFactory;
import org.mine4j.estimators.bounds.DvBound;
import org.mine4j.estimators.bounds.InfoNceBound;
import org.mine4j.estimators.bounds.InterpolatedBound;
import org.mine4j.estimators.bounds.JsBound;
import org.mine4j.estimators.bounds.MineBound;
import org.mine4j.estimators.bounds.NwjBound;
import org.mine4j.estimators.bounds.ReMineBound;
import org.mine4j.estimators.bounds.ReMineJointBound;
import org.mine4j.estimators.bounds.SmileBound;
import org.mine4j.estimators.bounds.TubaBound;
import org.mine4j.estimators.critic.ConcatMlpNetworkFactory;
import org.mine4j.estimators.critic.samediff.SameDiffMlpNetworkFactory;
import org.mine4j.estimators.mige.MigeEstimatorFactory;
import org.mine4j.estimators.neural.NeuralEstimatorFactory;
import org.mine4j.estimators.nonparametric.GaussianEstimatorFactory;
import org.mine4j.estimators.nonparametric.HistogramEstimatorFactory;
import org.mine4j.estimators.nonparametric.KsgAlgorithm;
import org.mine4j.estimators.nonparametric.KsgEstimatorFactory;

/**
 * The mine-estimators plugin: the neural estimators {@code dv}, {@code mine}, {@code nwj} (Belghazi
 * et al. 2018), {@code infonce}, {@code js}, {@code smile} (Poole et al. 2019; Song &amp; Ermon
 * 2020), {@code remine} and {@code remine-j} (Choi &amp; Lee 2020); the non-neural baselines {@code
 * ksg}, {@code ksg2} (Kraskov et al. 2004), {@code gaussian} and {@code histogram}; the gradient
 * estimator {@code mige} (Wen et al. 2020), which gives dI/dinputs but no MI value; and the critics
 * {@code concat}, {@code separable} and {@code samediff-mlp}.
 */
public final class EstimatorsPlugin implements MinePlugin {
  @Override
  public String name() {
    return "mine-estimators";
  }

  @Override
  public List<EstimatorFactory> estimators() {
    return List.of(
        new NeuralEstimatorFactory(
            "dv",
            "Donsker-Varadhan bound with its plain minibatch gradient (MINE-biased)",
            List.of(),
            values -> DvBound::new),
        new NeuralEstimatorFactory(
            "mine",
            "MINE: Donsker-Varadhan bound, moving-average bias-corrected gradient (Belghazi et al. 2018)",
            List.of(
                new OptionSpec(
                    "ema-decay", "0.01", "moving-average rate alpha of the corrected gradient")),
            values -> {
              double alpha = values.doubleValue("ema-decay");
              return () -> new MineBound(alpha);
            }),
        new NeuralEstimatorFactory(
            "nwj",
            "NWJ / MINE-f bound: mean T - mean exp(T - 1) (Nguyen, Wainwright & Jordan 2010)",
            List.of(),
            values -> NwjBound::new),
        new NeuralEstimatorFactory(
            "infonce",
            "InfoNCE / CPC: ln K + mean_i [S_ii - logsumexp_j S_ij], at most ln K (van den Oord et al. 2018)",
            List.of(),
            values -> {
              if (values.string("negatives").equals("shuffle")) {
                throw new IllegalArgumentException(
                    "negatives must be all-pairs or default for infonce, found shuffle");
              }
              return InfoNceBound::new;
            }),
        new NeuralEstimatorFactory(
            "js",
            "critic trained on the Jensen-Shannon objective, reported as NWJ of T + 1 (Poole et al. 2019)",
            List.of(),
            values -> JsBound::new),
        new NeuralEstimatorFactory(
            "smile",
            "SMILE: mean T(joint) - LME clip(T(marg), -tau, tau), JS-trained (Song & Ermon 2020)",
            List.of(
                new OptionSpec(
                    "tau", "5", "clipping threshold, positive or inf (inf: DV on all pairs)")),
            values -> {
              double tau = SmileBound.parseTau(values.string("tau"));
              return () -> new SmileBound(tau);
            }),
        new NeuralEstimatorFactory(
            "remine",
            "ReMINE: DV with a penalty pinning its log-partition term to C (Choi & Lee 2020)",
            REMINE_OPTIONS,
            values -> {
              ReMineOptions o = ReMineOptions.from(values);
              return () -> new ReMineBound(o.lambda(), o.target(), o.distance());
            }),
        new NeuralEstimatorFactory(
            "remine-j",
            "ReMINE-J: ReMINE training, reports the joint term mean T(joint) - C (Choi & Lee 2020)",
            REMINE_OPTIONS,
            values -> {
              ReMineOptions o = ReMineOptions.from(values);
              return () ->
                  new ReMineJointBound(new ReMineBound(o.lambda(), o.target(), o.distance()));
            }),
        tuba(),
        interpolated(),
        new KsgEstimatorFactory(KsgAlgorithm.ONE),
        new KsgEstimatorFactory(KsgAlgorithm.TWO),
        new GaussianEstimatorFactory(),
        new HistogramEstimatorFactory(),
        new MigeEstimatorFactory());
  }

  private static NeuralEstimatorFactory tuba() {
    return new NeuralEstimatorFactory(
        "tuba",
        "TUBA: 1 + mean [T(joint) - log a(y)] - mean exp(T(marg) - log a(y)), learned or fixed baseline a(y) (Poole et al. 2019)",
        List.of(
            new OptionSpec("baseline", "learned", "baseline a(y): learned (an MLP of y) or fixed"),
            new OptionSpec("log-baseline", "1", "log a(y) of the fixed baseline (1: NWJ)"),
            new OptionSpec(
                NeuralEstimatorFactory.BASELINE_HIDDEN,
                "64",
                "hidden sizes of the learned baseline")),
        values -> {
          boolean learned =
              values.choice("baseline", List.of("learned", "fixed")).equals("learned");
          if (learned && values.string("negatives").equals("shuffle")) {
            throw new IllegalArgumentException(
                "negatives must be all-pairs or default for tuba with a learned baseline, found shuffle");
          }
          double logBaseline = values.doubleValue("log-baseline");
          TubaBound.fixed(logBaseline); // validates
          return learned ? TubaBound::learned : () -> TubaBound.fixed(logBaseline);
        });
  }

  private static NeuralEstimatorFactory interpolated() {
    return new NeuralEstimatorFactory(
        "alpha",
        "interpolated bound I_alpha between InfoNCE and TUBA, learned baseline, at most 1 + ln K - ln alpha (Poole et al. 2019)",
        List.of(
            new OptionSpec("alpha", "0.01", "interpolation weight in (0, 1]: 1 is InfoNCE-like"),
            new OptionSpec(
                NeuralEstimatorFactory.BASELINE_HIDDEN,
                "64",
                "hidden sizes of the learned baseline")),
        values -> {
          if (values.string("negatives").equals("shuffle")) {
            throw new IllegalArgumentException(
                "negatives must be all-pairs or default for alpha, found shuffle");
          }
          double alpha = values.doubleValue("alpha");
          new InterpolatedBound(alpha); // validates
          return () -> new InterpolatedBound(alpha);
        });
  }

  private static final List<OptionSpec> REMINE_OPTIONS =
      List.of(
          new OptionSpec("lambda", "1", "penalty weight lambda (0: plain DV)"),
          new OptionSpec("target", "0", "target C of the log-partition term LME_marg T"),
          new OptionSpec("distance", "squared", "penalty distance: squared or absolute"));

  /** The ReMINE options read from an estimator's option values. */
  private record ReMineOptions(double lambda, double target, ReMineBound.Distance distance) {
    static ReMineOptions from(OptionValues values) {
      return new ReMineOptions(
          values.doubleValue("lambda"),
          values.doubleValue("target"),
          ReMineBound.Distance.parse(values.string("distance")));
    }
  }

  @Override
  public List<NetworkFactory> networks() {
    return List.of(
        new ConcatMlpNetworkFactory(),
        new SameDiffMlpNetworkFactory(),
        new org.mine4j.estimators.critic.separable.SeparableNetworkFactory());
  }
}
