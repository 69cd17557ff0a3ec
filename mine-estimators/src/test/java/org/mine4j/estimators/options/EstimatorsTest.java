package org.mine4j.estimators.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.Estimator;
import org.mine4j.api.MineException;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.EstimatorFactory;
import org.mine4j.estimators.EstimatorsPlugin;
import org.mine4j.estimators.MutualInformation;
import org.mine4j.estimators.bounds.ReMineBound;
import org.mine4j.estimators.critic.Activation;
import org.mine4j.estimators.mige.MigeOptions;
import org.mine4j.estimators.mige.SsgeOptions;
import org.mine4j.estimators.nonparametric.HistogramOptions;
import org.mine4j.estimators.nonparametric.KsgOptions;

/**
 * The typed builders say exactly what the string maps say: every option a built-in factory declares
 * has a typed setter, every setter writes a property the factory accepts, and the estimator made
 * from it reports the same value back (the round trip of flat properties).
 */
class EstimatorsTest {
  private static EstimatorFactory factory(String name) {
    return new EstimatorsPlugin()
        .estimators().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  /** Every shared setter, each to a value other than its default. */
  private static <B extends NeuralOptions<B>> B everyShared(B options) {
    return options
        .steps(123)
        .batchSize(64)
        .learningRate(0.002)
        .critic("separable")
        .hidden(16, 8)
        .activation(Activation.ELU)
        .testFraction(0.4)
        .standardize(false)
        .validationFraction(0.1)
        .evalEvery(50)
        .patience(3)
        .negatives(Negatives.ALL_PAIRS);
  }

  private static List<EstimatorOptions> everyBuilderWithEverySetter() {
    return List.of(
        everyShared(Estimators.mine()).emaDecay(0.05),
        everyShared(Estimators.dv()),
        everyShared(Estimators.nwj()),
        everyShared(Estimators.infonce()),
        everyShared(Estimators.js()),
        everyShared(Estimators.smile()).tau(1),
        everyShared(Estimators.remine())
            .lambda(0.1)
            .target(1)
            .distance(ReMineBound.Distance.ABSOLUTE),
        everyShared(Estimators.remineJ())
            .lambda(0.5)
            .target(-1)
            .distance(ReMineBound.Distance.SQUARED),
        everyShared(Estimators.tuba()).fixedBaseline(2).learnedBaseline(32, 16),
        everyShared(Estimators.alpha()).alpha(0.5).baselineHidden(8),
        Estimators.ksg(KsgOptions.defaults().withK(5).withNoise(0).withStandardize(false)),
        Estimators.ksg2(KsgOptions.defaults().withK(2)),
        Estimators.mige(new MigeOptions(new SsgeOptions(0.95, 8, 0.5), 512, true)),
        Estimators.gaussian(),
        Estimators.histogram(new HistogramOptions(7)));
  }

  @Test
  void everyBuiltInEstimatorHasATypedBuilder() {
    Set<String> typed =
        everyBuilderWithEverySetter().stream()
            .map(EstimatorOptions::estimator)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> registered =
        new EstimatorsPlugin()
            .estimators().stream()
                .map(EstimatorFactory::name)
                .collect(Collectors.toCollection(TreeSet::new));

    assertThat(typed).isEqualTo(registered);
  }

  @Test
  void everyDeclaredOptionHasATypedSetter() {
    for (EstimatorOptions options : everyBuilderWithEverySetter()) {
      Set<String> declared =
          factory(options.estimator()).options().stream()
              .map(OptionSpec::name)
              .collect(Collectors.toCollection(TreeSet::new));

      assertThat(new TreeSet<>(options.toProperties().keySet()))
          .as("typed setters of %s", options.estimator())
          .isEqualTo(declared);
    }
  }

  @Test
  void theEstimatorReportsBackEveryTypedValue() {
    for (EstimatorOptions options : everyBuilderWithEverySetter()) {
      Estimator estimator = MutualInformation.estimator(options);

      assertThat(estimator.name()).isEqualTo(options.estimator());
      assertThat(estimator.options())
          .as("resolved options of %s", options)
          .containsAllEntriesOf(options.toProperties());
    }
  }

  @Test
  void typedOptionsAreTheCliStrings() {
    assertThat(Estimators.smile().tau(Double.POSITIVE_INFINITY).learningRate(5e-4).toProperties())
        .containsExactly(Map.entry("tau", "inf"), Map.entry("learning-rate", "5.0E-4"));
    assertThat(Estimators.mine().negatives(Negatives.SHUFFLE).hidden(100, 100).toProperties())
        .containsExactly(Map.entry("negatives", "shuffle"), Map.entry("hidden", "100,100"));
    assertThat(Estimators.smile().tau(5).batchSize(128).toString())
        .isEqualTo("smile:tau=5.0:batch-size=128");
  }

  @Test
  void settersReturnCopiesSoABaseCanBeShared() {
    MineOptions base = Estimators.mine().steps(2000);
    MineOptions small = base.hidden(16);
    MineOptions large = base.hidden(256, 256);

    assertThat(base.toProperties()).containsExactly(Map.entry("steps", "2000"));
    assertThat(small.toProperties()).containsEntry("hidden", "16");
    assertThat(large.toProperties()).containsEntry("hidden", "256,256");
  }

  @Test
  void aBadValueIsRejectedWhereTheEstimatorIsMadeNamingTheOption() {
    assertThatThrownBy(() -> MutualInformation.estimator(Estimators.mine().steps(0)))
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_OPTIONS))
        .hasMessage("invalid options for estimator 'mine': steps must be positive, found 0");
    assertThatThrownBy(() -> MutualInformation.estimator(Estimators.smile().tau(-1)))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("tau must be positive");
    assertThatThrownBy(() -> Estimators.mine().hidden())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("give at least one layer size");
  }

  @Test
  void anUnknownNameFailsWithDidYouMeanAndTheKnownNames() {
    assertThatThrownBy(() -> MutualInformation.estimator(EstimatorOptions.of("mien", Map.of())))
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_COMPONENT))
        .hasMessageStartingWith("unknown estimator 'mien'; did you mean 'mine'? known: alpha, dv,")
        .hasMessageContaining("ksg, ksg2");
  }

  @Test
  void aMisspeltOptionInAPlainMapIsRejectedWithASuggestion() {
    assertThatThrownBy(
            () -> MutualInformation.estimator(EstimatorOptions.of("ksg", Map.of("kk", "5"))))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("unknown option 'kk' for estimator 'ksg'");
  }
}
