package org.mine4j.estimators.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.mine4j.api.network.NetworkBuilder;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.ComponentLookup;
import org.mine4j.api.spi.MinePlugin;
import org.mine4j.api.spi.NetworkFactory;
import org.mine4j.api.spi.PluginComponents;
import org.mine4j.estimators.EstimatorsPlugin;
import org.mine4j.estimators.MiCritics;
import org.mine4j.estimators.critic.ConcatMlpCritic;

/**
 * {@code critic=NAME} resolves any registered network, passing the options that network declares;
 * misspelt or misplaced names fail with the fix; non-neural estimators give no step-wise critic.
 */
class CriticChoiceTest {
  @Test
  void theSeparableCriticsEmbeddingPassesThrough() {
    NeuralEstimator smile =
        (NeuralEstimator)
            NeuralContractTests.factory("smile")
                .create(Map.of("critic", "separable", "embedding", "7", "hidden", "5"));

    assertThat(smile.critic(3, 2, 1L).network().description()).contains("3/2-5-7");
    assertThat(smile.options()).containsEntry("embedding", "7");
  }

  @Test
  void anOptionOfAnotherNetworkIsUnknown() {
    assertThatThrownBy(() -> NeuralContractTests.factory("smile").create(Map.of("embedding", "7")))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("unknown option 'embedding' for estimator 'smile'");
  }

  @Test
  void aMisspeltCriticNamesTheKnownOnes() {
    assertThatThrownBy(
            () -> NeuralContractTests.factory("mine").create(Map.of("critic", "separabel")))
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_OPTIONS))
        .hasMessageContaining("unknown critic network 'separabel'; did you mean 'separable'?")
        .hasMessageContaining("concat, samediff-mlp, separable");
  }

  @Test
  void aPluginsNetworkIsFoundThroughTheLookup() {
    NetworkFactory wide =
        new NetworkFactory() {
          @Override
          public String name() {
            return "wide";
          }

          @Override
          public String description() {
            return "a concat MLP whose width is an option";
          }

          @Override
          public List<OptionSpec> options() {
            return List.of(
                new OptionSpec("hidden", "4", "ignored"),
                new OptionSpec("activation", "relu", "ignored"),
                new OptionSpec("width", "3", "the one hidden layer's width"));
          }

          @Override
          public NetworkBuilder create(Map<String, String> options) {
            int width = Integer.parseInt(options.get("width"));
            return (dx, dy, seed) ->
                new ConcatMlpCritic(
                    dx, dy, new int[] {width}, org.mine4j.estimators.critic.Activation.RELU, seed);
          }
        };
    ComponentLookup components =
        PluginComponents.of(
            List.of(
                new EstimatorsPlugin(),
                new MinePlugin() {
                  @Override
                  public String name() {
                    return "test networks";
                  }

                  @Override
                  public List<NetworkFactory> networks() {
                    return List.of(wide);
                  }
                }));

    var critic =
        MiCritics.create(components, "nwj", Map.of("critic", "wide", "width", "9"), 2, 2, 3L);

    assertThat(critic.network().description()).isEqualTo("concat MLP 4-9-1 relu");
  }

  @Test
  void aNonNeuralEstimatorGivesNoCritic() {
    assertThatThrownBy(() -> MiCritics.create("ksg", Map.of(), 1, 1, 0L))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("'ksg' trains no critic");
    assertThatThrownBy(() -> MiCritics.create("mien", Map.of(), 1, 1, 0L))
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_COMPONENT))
        .hasMessageContaining("did you mean 'mine'?");
  }
}
