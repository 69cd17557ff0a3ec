package org.mine4j.estimators.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;

/** The bound options of {@code smile}, {@code remine}, {@code remine-j} and {@code infonce}. */
class BoundFamilyOptionsTest {
  @Test
  void smileAcceptsInfinity() {
    for (String tau : new String[] {"inf", "infinity", "Infinity", "1", "5"}) {
      assertThat(NeuralContractTests.factory("smile").create(Map.of("tau", tau)).options())
          .containsEntry("tau", tau);
    }
  }

  @Test
  void badTauIsInvalidOptionsNamingTau() {
    for (String tau : new String[] {"-1", "0", "NaN", "big"}) {
      assertThatThrownBy(() -> NeuralContractTests.factory("smile").create(Map.of("tau", tau)))
          .isInstanceOfSatisfying(
              MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_OPTIONS))
          .hasMessageContaining("tau must be");
    }
  }

  @Test
  void reMineDefaultsAndValidation() {
    Map<String, String> options = NeuralContractTests.factory("remine").create(Map.of()).options();
    assertThat(options)
        .containsEntry("lambda", "1")
        .containsEntry("target", "0")
        .containsEntry("distance", "squared");
    assertThatThrownBy(
            () -> NeuralContractTests.factory("remine-j").create(Map.of("lambda", "-0.5")))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("lambda must be a non-negative number, found -0.5");
  }

  @Test
  void infoNceRefusesShuffledNegatives() {
    assertThatThrownBy(
            () -> NeuralContractTests.factory("infonce").create(Map.of("negatives", "shuffle")))
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_OPTIONS))
        .hasMessageContaining("negatives must be all-pairs");
  }
}
