package org.mine4j.estimators.critic.samediff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Writes a table of input-gradient agreements (max |a - b| / (1 + |b|)) under target/. */
public final class AgreementTable {
  private AgreementTable() {}

  public static void write(String file, Map<String, Double> rows) throws IOException {
    StringBuilder text =
        new StringBuilder(
            "| comparison | max over inputs of |a - b| / (1 + |b|) |\n" + "|---|---|\n");
    rows.forEach(
        (key, value) ->
            text.append("| ").append(key).append(String.format(Locale.ROOT, " | %.1e |%n", value)));
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.writeString(target.resolve(file), text);
  }
}
