package org.mine4j.bench.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * mine-bom has no parent (it must not leak our build into users' projects), so it repeats the ND4J
 * versions of the parent pom: they must stay equal, or a user would run another backend than the
 * one the modules are tested with. It also lists every module of the build.
 */
class BomTest {
  private static final Path ROOT = Path.of("..");

  private static String property(String pom, String name) {
    Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</").matcher(pom);
    assertThat(m.find()).as("property %s", name).isTrue();
    return m.group(1).trim();
  }

  @Test
  void theBomPinsTheBackendTheBuildUses() throws IOException {
    String parent = Files.readString(ROOT.resolve("pom.xml"));
    String bom = Files.readString(ROOT.resolve("mine-bom/pom.xml"));

    for (String name :
        List.of("nd4j.version", "javacpp.version", "openblas.version", "native.classifier")) {
      assertThat(property(bom, name)).as(name).isEqualTo(property(parent, name));
    }
    for (String artifact : List.of("nd4j-api", "nd4j-native", "openblas", "javacpp")) {
      assertThat(bom).contains("<artifactId>" + artifact + "</artifactId>");
    }
  }

  @Test
  void theBomListsEveryModule() throws IOException {
    String parent = Files.readString(ROOT.resolve("pom.xml"));
    String bom = Files.readString(ROOT.resolve("mine-bom/pom.xml"));
    Matcher module = Pattern.compile("<module>([^<]*)</module>").matcher(parent);

    while (module.find()) {
      if (!module.group(1).equals("mine-bom")) {
        assertThat(bom).contains("<artifactId>" + module.group(1) + "</artifactId>");
      }
    }
  }
}
