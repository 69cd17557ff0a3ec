package org.mine4j.estimators.critic.separable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mine4j.api.MineException;
import org.mine4j.api.network.StatisticsNetwork;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.estimators.critic.Activation;

/** The {@code separable} factory and its options. */
class SeparableNetworkFactoryTest {

  @Test
  void isNamedSeparableAndListsItsOptions() {
    SeparableNetworkFactory factory = new SeparableNetworkFactory();
    assertThat(factory.name()).isEqualTo("separable");
    assertThat(factory.options())
        .extracting(OptionSpec::name)
        .containsExactly("hidden", "embedding", "activation");
  }

  @Test
  void defaultsAreTheStaircaseCritic() {
    assertThat(SeparableCriticOptions.fromProperties(Map.of()))
        .isEqualTo(SeparableCriticOptions.defaults())
        .isEqualTo(new SeparableCriticOptions(new int[] {256, 256}, 32, Activation.RELU));
  }

  @Test
  void buildsCriticsFromOptions() {
    StatisticsNetwork network =
        new SeparableNetworkFactory()
            .create(Map.of("hidden", "8", "embedding", "3", "activation", "tanh"))
            .build(2, 5, 7);
    assertThat(network).isInstanceOf(SeparableCritic.class);
    SeparableCritic critic = (SeparableCritic) network;
    assertThat(critic.hidden()).containsExactly(8);
    assertThat(critic.embedding()).isEqualTo(3);
    assertThat(critic.activation()).isEqualTo(Activation.TANH);
    assertThat(critic.dimX()).isEqualTo(2);
    assertThat(critic.dimY()).isEqualTo(5);
    assertThat(critic.parameterCount()).isEqualTo((3 * 8 + 9 * 3) + (6 * 8 + 9 * 3));
  }

  @Test
  void propertiesRoundTrip() {
    SeparableCriticOptions options =
        new SeparableCriticOptions(new int[] {64, 32, 16}, 12, Activation.ELU);
    assertThat(options.toProperties())
        .containsExactly(
            Map.entry("hidden", "64,32,16"),
            Map.entry("embedding", "12"),
            Map.entry("activation", "elu"));
    assertThat(SeparableCriticOptions.fromProperties(options.toProperties())).isEqualTo(options);
    assertThat(options.withEmbedding(4).embedding()).isEqualTo(4);
    assertThat(options.withHidden(5).hidden()).containsExactly(5);
    assertThat(options.withActivation(Activation.RELU).activation()).isEqualTo(Activation.RELU);
    assertThat(options.hashCode())
        .isEqualTo(
            new SeparableCriticOptions(new int[] {64, 32, 16}, 12, Activation.ELU).hashCode());
  }

  @Test
  void hiddenIsCopiedDefensively() {
    int[] sizes = {4, 4};
    SeparableCriticOptions options = new SeparableCriticOptions(sizes, 2, Activation.RELU);
    sizes[0] = 99;
    options.hidden()[1] = 99;
    assertThat(options.hidden()).containsExactly(4, 4);
  }

  @Test
  void rejectsInvalidOptions() {
    assertThatThrownBy(() -> SeparableCriticOptions.fromProperties(Map.of("embedding", "0")))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("embedding");
    assertThatThrownBy(() -> SeparableCriticOptions.fromProperties(Map.of("hidden", "8,-1")))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> SeparableCriticOptions.fromProperties(Map.of("activation", "gelu")))
        .isInstanceOf(MineException.class);
    assertThatThrownBy(() -> SeparableCriticOptions.fromProperties(Map.of("embeding", "8")))
        .isInstanceOf(MineException.class);
    assertThatThrownBy(() -> new SeparableCriticOptions(new int[0], 8, Activation.RELU))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SeparableCriticOptions(new int[] {8}, -2, Activation.RELU))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
