package org.mine4j.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Properties of the estimator options of {@code estimate} and {@code bmi} as picocli parses them:
 * every {@code -o NAME=VALUE} reaches the estimator as given, an option is never set twice with
 * different values (by {@code -o} or a shorthand) without a usage error, and labels with options
 * ({@code NAME:K=V:K=V}) read back their options.
 */
class OptionParsingProperties {
  @Command(name = "holder")
  static final class Holder {
    @Mixin EstimatorOptionsMixin options = new EstimatorOptionsMixin();
  }

  private static Map<String, String> parse(List<String> args) {
    Holder holder = new Holder();
    new CommandLine(holder).parseArgs(args.toArray(String[]::new));
    return holder.options.toProperties();
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .ofMinLength(1)
        .ofMaxLength(8)
        .map(s -> s.equals("steps") || s.equals("batch") ? s + "x" : s);
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(-5, 100000).map(String::valueOf),
        Arbitraries.doubles().between(-10, 10).map(String::valueOf),
        Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(5),
        Arbitraries.of("16,8", "100,100", "1e-3", "inf", "a=b"));
  }

  @Property(tries = 300)
  void everyOptionArrivesAsGiven(
      @ForAll @Size(max = 6) List<@net.jqwik.api.From("names") String> names,
      @ForAll @Size(max = 6) List<@net.jqwik.api.From("values") String> values) {
    Map<String, String> expected = new LinkedHashMap<>();
    List<String> args = new ArrayList<>();
    for (int i = 0; i < Math.min(names.size(), values.size()); i++) {
      if (expected.containsKey(names.get(i))) {
        continue;
      }
      expected.put(names.get(i), values.get(i));
      args.add("-o");
      args.add(names.get(i) + "=" + values.get(i));
    }

    assertThat(parse(args)).containsExactlyEntriesOf(expected);
  }

  @Property(tries = 300)
  void anOptionSetTwiceWithDifferentValuesIsAUsageError(
      @ForAll("names") String name,
      @ForAll("values") String first,
      @ForAll("values") String second) {
    List<String> args = List.of("-o", name + "=" + first, "-o", name + "=" + second);
    if (first.trim().equals(second.trim())) {
      assertThat(parse(args)).containsEntry(name, first.trim());
    } else {
      assertThatThrownBy(() -> parse(args))
          .isInstanceOfSatisfying(
              MineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_OPTIONS))
          .hasMessageContaining(name + " is given twice");
    }
  }

  @Property(tries = 300)
  void aShorthandAndAnOptionForTheSameNameMustAgree(
      @ForAll @IntRange(min = -10, max = 100000) int steps, @ForAll("values") String value) {
    List<String> args = List.of("--steps", Integer.toString(steps), "-o", "steps=" + value);
    if (value.trim().equals(Integer.toString(steps))) {
      assertThat(parse(args)).containsEntry("steps", Integer.toString(steps));
    } else {
      // The value of -o is never hidden behind the shorthand (steps=abc used to pass silently).
      assertThatThrownBy(() -> parse(args))
          .isInstanceOf(MineException.class)
          .hasMessageContaining("--steps " + steps + " and -o steps=" + value.trim());
    }
  }

  @Property(tries = 300)
  void labelsReadBackTheirOptions(
      @ForAll("names") String estimator,
      @ForAll @Size(min = 1, max = 4) List<@net.jqwik.api.From("names") String> keys,
      @ForAll @IntRange(min = 0, max = 1000) int seed) {
    Map<String, String> expected = new LinkedHashMap<>();
    StringBuilder label = new StringBuilder(estimator);
    for (int i = 0; i < keys.size(); i++) {
      if (expected.containsKey(keys.get(i))) {
        continue;
      }
      String value = Integer.toString(seed + i);
      expected.put(keys.get(i), value);
      label.append(':').append(keys.get(i)).append('=').append(value);
    }

    assertThat(LabelledOptions.name(label.toString())).isEqualTo(estimator);
    assertThat(LabelledOptions.options(label.toString(), "--estimators", "mine:steps=5"))
        .containsExactlyInAnyOrderEntriesOf(expected);
  }
}
