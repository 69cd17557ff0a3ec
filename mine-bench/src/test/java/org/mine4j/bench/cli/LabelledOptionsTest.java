package org.mine4j.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;

class LabelledOptionsTest {
  private static List<String> labels(String list) {
    return LabelledOptions.labels(list, "--estimators", "mine,ksg");
  }

  @Test
  void plainNamesAreOneLabelEach() {
    assertThat(labels("mine,smile,ksg")).containsExactly("mine", "smile", "ksg");
    assertThat(labels(" mine , ksg ")).containsExactly("mine", "ksg");
  }

  @Test
  void numbersAfterAnOptionContinueItsValue() {
    assertThat(labels("mine:hidden=16,8,ksg")).containsExactly("mine:hidden=16,8", "ksg");
    assertThat(labels("mine:hidden=16,8:steps=50")).containsExactly("mine:hidden=16,8:steps=50");
    assertThat(labels("mine:hidden=64,32,16,smile:tau=5"))
        .containsExactly("mine:hidden=64,32,16", "smile:tau=5");
    // Every numeric form: decimals, signs, exponents, a leading point.
    assertThat(labels("x:v=1,0.5,-1,+2,1e-3,2.5E+4,.5,7."))
        .containsExactly("x:v=1,0.5,-1,+2,1e-3,2.5E+4,.5,7.");
    // Options may follow the number; they belong to the same label.
    assertThat(labels("mine:hidden=16,8:steps=50,ksg:k=5"))
        .containsExactly("mine:hidden=16,8:steps=50", "ksg:k=5");
    // The continuation goes to the label's last option.
    assertThat(labels("mine:steps=50:hidden=16,8")).containsExactly("mine:steps=50:hidden=16,8");
    assertThat(LabelledOptions.options("mine:hidden=16,8:steps=50", "--estimators", "mine"))
        .isEqualTo(Map.of("hidden", "16,8", "steps", "50"));
    // Matrix values: rows separated by semicolons continue the value too.
    assertThat(labels("gaussian:covariance=1,0.5;0.5,1,student-t"))
        .containsExactly("gaussian:covariance=1,0.5;0.5,1", "student-t");
    assertThat(labels("gaussian:covariance=1,-0.2;-0.2,1.5e0"))
        .containsExactly("gaussian:covariance=1,-0.2;-0.2,1.5e0");
  }

  @Test
  void piecesThatAreNotPurelyNumericStartNewLabels() {
    // bmi task names start with a digit but are names.
    assertThat(
            LabelledOptions.labels(
                "correlated-gaussian:rho=0.9,1v1-normal-0.75,2e,staircase", "--tasks", "bmi"))
        .containsExactly("correlated-gaussian:rho=0.9", "1v1-normal-0.75", "2e", "staircase");
    assertThat(labels("smile:tau=inf,ksg")).containsExactly("smile:tau=inf", "ksg");
  }

  @Test
  void eachOccurrenceOfTheOptionIsItsOwnList() {
    assertThat(LabelledOptions.labels(List.of("mine:hidden=16,8", "ksg"), "--estimators", "mine"))
        .containsExactly("mine:hidden=16,8", "ksg");
    assertThatThrownBy(
            () -> LabelledOptions.labels(List.of("mine:hidden=16", "8"), "--estimators", "mine"))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("'8' in '8'");
  }

  @Test
  void anEmptyPieceIsAnErrorWithAnExample() {
    for (String list : List.of("mine,,ksg", "mine,", ",mine", "", " ")) {
      assertThatThrownBy(() -> labels(list))
          .as(list)
          .isInstanceOf(MineException.class)
          .hasMessageContaining("--estimators has an empty entry in '" + list + "'")
          .hasMessageContaining("e.g. mine,ksg")
          .extracting(e -> ((MineException) e).code())
          .isEqualTo(ErrorCode.INVALID_OPTIONS);
    }
  }

  @Test
  void aNumberWithNothingToContinueIsAnError() {
    for (String list : List.of("8,ksg", "ksg,8", "mine:cubic,8", "mine:hidden=16,ksg,8")) {
      assertThatThrownBy(() -> labels(list))
          .as(list)
          .isInstanceOf(MineException.class)
          .hasMessageContaining("'8' in '" + list + "' is a number with no NAME:KEY=VALUE")
          .hasMessageContaining("mine:hidden=16,8")
          .extracting(e -> ((MineException) e).code())
          .isEqualTo(ErrorCode.INVALID_OPTIONS);
    }
    assertThatThrownBy(() -> labels("8:steps=50,ksg"))
        .hasMessageContaining("'8:steps=50' in '8:steps=50,ksg' is a number with no");
  }
}
