package org.mine4j.estimators.critic.samediff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mine4j.estimators.critic.samediff.CriticFixtures.toDoubles;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.mine4j.api.network.StatisticsNetwork;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.estimators.critic.Activation;
import org.mine4j.estimators.critic.MlpCriticOptions;

/** The {@code samediff-mlp} factory: name, options, validation and seeded initialisation. */
class SameDiffMlpNetworkFactoryTest {
  private final SameDiffMlpNetworkFactory factory = new SameDiffMlpNetworkFactory();

  @Test
  void hasAStableNameAndDocumentedOptions() {
    assertThat(factory.name()).isEqualTo("samediff-mlp");
    assertThat(factory.description()).isNotBlank();
    assertThat(factory.options())
        .extracting(OptionSpec::name)
        .containsExactly("hidden", "activation");
    assertThat(factory.options())
        .extracting(OptionSpec::defaultValue)
        .containsExactly("100,100", "relu");
  }

  @Test
  void defaultsBuildTheMinePaperCritic() {
    StatisticsNetwork network = factory.create(Map.of()).build(1, 1, 42L);

    assertThat(network.dimX()).isEqualTo(1);
    assertThat(network.dimY()).isEqualTo(1);
    assertThat(network.parameterCount()).isEqualTo(3 * 100 + 101 * 100 + 101);
    assertThat(network.parameters().limit()).isEqualTo(network.parameterCount());
    assertThat(network.gradients().limit()).isEqualTo(network.parameterCount());
    assertThat(network.description()).isEqualTo("SameDiff concat MLP 2-100-100-1 relu");
  }

  @Test
  void initialisationIsSeededAndBoundedByOneOverRootFanIn() {
    Map<String, String> options = Map.of("hidden", "5,4", "activation", "tanh");
    double[] first = toDoubles(factory.create(options).build(2, 1, 7L).parameters());
    double[] again = toDoubles(factory.create(options).build(2, 1, 7L).parameters());
    double[] other = toDoubles(factory.create(options).build(2, 1, 8L).parameters());

    assertThat(again).containsExactly(first);
    assertThat(other).isNotEqualTo(first);
    int[] fanIns = {3, 5, 4};
    int[] fanOuts = {5, 4, 1};
    int offset = 0;
    for (int l = 0; l < 3; l++) {
      int end = offset + (fanIns[l] + 1) * fanOuts[l];
      double bound = 1 / Math.sqrt(fanIns[l]);
      for (int i = offset; i < end; i++) {
        assertThat(Math.abs(first[i]))
            .as("parameter %d of layer %d", i, l + 1)
            .isLessThanOrEqualTo(bound);
      }
      offset = end;
    }
    assertThat(offset).isEqualTo(first.length);
  }

  @Test
  void badOptionsAreInvalidOptionsNamingTheOption() {
    assertThatThrownBy(() -> factory.create(Map.of("hidden", "100,0")))
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_OPTIONS))
        .hasMessageContaining("samediff-mlp")
        .hasMessageContaining("hidden");
    assertThatThrownBy(() -> factory.create(Map.of("hidden", "wide")))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("hidden");
    assertThatThrownBy(() -> factory.create(Map.of("activation", "rellu")))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("did you mean 'relu'");
    assertThatThrownBy(() -> factory.create(Map.of("hiden", "10")))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("did you mean 'hidden'");
  }

  @Test
  void optionsRoundTripThroughProperties() {
    MlpCriticOptions options =
        MlpCriticOptions.defaults().withHidden(64, 32, 16).withActivation(Activation.TANH);

    assertThat(options.toProperties())
        .containsExactly(Map.entry("hidden", "64,32,16"), Map.entry("activation", "tanh"));
    assertThat(MlpCriticOptions.fromProperties(options.toProperties())).isEqualTo(options);
    assertThat(MlpCriticOptions.fromProperties(Map.of())).isEqualTo(MlpCriticOptions.defaults());
  }

  @Test
  void theRecordRejectsBadValues() {
    assertThatThrownBy(() -> new MlpCriticOptions(new int[0], Activation.RELU))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one");
    assertThatThrownBy(() -> new MlpCriticOptions(new int[] {-3}, Activation.RELU))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found -3");
    assertThatThrownBy(() -> new MlpCriticOptions(new int[] {3}, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("activation is null");
  }
}
