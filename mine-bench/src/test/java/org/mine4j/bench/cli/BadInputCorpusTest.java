package org.mine4j.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the bad-input corpus ({@code src/test/resources/bad-input}): every file with the command
 * lines of {@code cases.tsv}, each with its expected exit code and a fragment of what it prints. No
 * case may print a Java stack trace or a Java class name.
 */
class BadInputCorpusTest {
  private static final String MANIFEST = "cases.tsv";

  private record Case(
      int line, Path file, int exit, String stream, String fragment, String[] args) {
    String name() {
      return "line "
          + line
          + ": "
          + file.getFileName()
          + " -> "
          + exit
          + " "
          + String.join(" ", args);
    }
  }

  private static Path corpus() throws URISyntaxException {
    return Path.of(BadInputCorpusTest.class.getResource("/bad-input/" + MANIFEST).toURI())
        .getParent();
  }

  private static List<Case> cases() throws IOException, URISyntaxException {
    Path dir = corpus();
    List<Case> cases = new ArrayList<>();
    List<String> lines = Files.readAllLines(dir.resolve(MANIFEST), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      assertThat(columns).as("line %d of %s", i + 1, MANIFEST).hasSize(5);
      Path file = dir.resolve(columns[0]);
      String[] args =
          Stream.of(columns[4].split(" "))
              .map(arg -> arg.replace("{file}", file.toString()))
              .toArray(String[]::new);
      cases.add(new Case(i + 1, file, Integer.parseInt(columns[1]), columns[2], columns[3], args));
    }
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> everyCaseExitsAsExpectedAndSaysWhy() throws IOException, URISyntaxException {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  private static void check(Case c) {
    CliRunner.Result result = CliRunner.run(c.args());
    String described = "stdout:\n" + result.out() + "\nstderr:\n" + result.err();
    assertThat(result.exitCode()).as(described).isEqualTo(c.exit());
    assertThat(c.stream().equals("out") ? result.out() : result.err())
        .as(described)
        .contains(c.fragment());
    assertThat(result.err())
        .as(described)
        .doesNotContain("\tat ")
        .doesNotContainPattern(
            "(java|javax|com\\.fasterxml)\\.[a-z]+\\.[A-Za-z.]*(Exception|Error|Node)");
    if (c.exit() != 0 && !c.args()[c.args().length - 1].equals("--json")) {
      assertThat(result.out()).as("a failure prints nothing on stdout").isEmpty();
    }
  }

  @Test
  void everyFileOfTheCorpusHasACase() throws IOException, URISyntaxException {
    Set<String> listed = new TreeSet<>();
    cases().forEach(c -> listed.add(c.file().getFileName().toString()));
    Set<String> present = new TreeSet<>();
    try (Stream<Path> files = Files.list(corpus())) {
      files
          .map(p -> p.getFileName().toString())
          .filter(name -> !name.equals(MANIFEST))
          .forEach(present::add);
    }
    assertThat(listed).isEqualTo(present);
  }
}
