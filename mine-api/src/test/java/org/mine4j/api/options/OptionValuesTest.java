package org.mine4j.api.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;

class OptionValuesTest {
  private static final List<OptionSpec> SPECS =
      List.of(
          new OptionSpec("ema-decay", "0.01", "rate"),
          new OptionSpec("hidden", "100,100", "sizes"),
          new OptionSpec("steps", "10", "steps"),
          new OptionSpec("standardize", "true", "flag"));

  @Test
  void defaultsFillWhatIsNotGiven() {
    OptionValues values = OptionValues.parse("estimator 'mine'", SPECS, Map.of("steps", " 20 "));
    assertThat(values.intValue("steps")).isEqualTo(20);
    assertThat(values.doubleValue("ema-decay")).isEqualTo(0.01);
    assertThat(values.intList("hidden")).containsExactly(100, 100);
    assertThat(values.booleanValue("standardize")).isTrue();
  }

  @Test
  void misspeltNameSuggestsTheKnownOne() {
    assertThatThrownBy(
            () -> OptionValues.parse("estimator 'mine'", SPECS, Map.of("ema-decy", "0.1")))
        .isInstanceOfSatisfying(
            MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_OPTIONS))
        .hasMessage(
            "unknown option 'ema-decy' for estimator 'mine'; did you mean 'ema-decay'? known:"
                + " ema-decay, hidden, steps, standardize");
  }

  @Test
  void unrelatedNameListsTheKnownOnes() {
    assertThatThrownBy(() -> OptionValues.parse("estimator 'mine'", SPECS, Map.of("zzz", "1")))
        .hasMessage(
            "unknown option 'zzz' for estimator 'mine'; known: ema-decay, hidden, steps,"
                + " standardize");
  }

  @Test
  void malformedValuesNameTheOptionAndTheExpectedType() {
    OptionValues values =
        OptionValues.parse(
            "estimator 'mine'",
            SPECS,
            Map.of("steps", "ten", "hidden", "100,x", "standardize", "maybe"));
    assertThatThrownBy(() -> values.intValue("steps"))
        .hasMessage("option 'steps' of estimator 'mine' must be an integer, found 'ten'");
    assertThatThrownBy(() -> values.intList("hidden")).hasMessageContaining("'hidden'");
    assertThatThrownBy(() -> values.booleanValue("standardize"))
        .hasMessageContaining("true or false");
  }

  @Test
  void choiceSuggestsTheNearestValue() {
    OptionValues values =
        OptionValues.parse(
            "x", List.of(new OptionSpec("activation", "relu", "a")), Map.of("activation", "tahn"));
    assertThatThrownBy(() -> values.choice("activation", List.of("relu", "tanh")))
        .hasMessageContaining("did you mean 'tanh'");
  }

  @Test
  void optionNamesMustBeKebabCase() {
    assertThatThrownBy(() -> new OptionSpec("emaDecay", "1", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void suggestionsNeedACloseMatch() {
    assertThat(Suggestions.closest("mien", List.of("dv", "mine", "nwj"))).contains("mine");
    assertThat(Suggestions.closest("kraskov", List.of("dv", "mine", "nwj"))).isEmpty();
  }

  @Test
  void aTranspositionIsOneEdit() {
    // 'mien' is one transposition from 'mine' and two substitutions from 'mige'.
    assertThat(Suggestions.editDistance("mien", "mine")).isEqualTo(1);
    assertThat(Suggestions.editDistance("mien", "mige")).isEqualTo(2);
    assertThat(Suggestions.editDistance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.closest("mien", List.of("mige", "mine"))).contains("mine");
    assertThat(Suggestions.closest("mgie", List.of("mige", "mine"))).contains("mige");
  }
}
