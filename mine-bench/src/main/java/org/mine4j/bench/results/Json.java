package org.mine4j.bench.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;

/** The one Jackson mapper of the CLI, and the environment block every result file carries. */
public final class Json {
  /** Shared, thread-safe once configured. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** One line. */
  public static String compact(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new MineException(ErrorCode.INTERNAL, "cannot write JSON: " + e.getMessage(), e);
    }
  }

  /** Indented, ending in a newline. */
  public static String pretty(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new MineException(ErrorCode.INTERNAL, "cannot write JSON: " + e.getMessage(), e);
    }
  }

  /**
   * mine4j version, Java, OS, processor count and, when the working directory is in a git checkout,
   * its commit ({@code git_commit}).
   */
  public static ObjectNode environment() {
    ObjectNode node = MAPPER.createObjectNode();
    String version = Json.class.getPackage().getImplementationVersion();
    node.put("mine4j", version == null ? "development" : version);
    node.put("java", System.getProperty("java.version"));
    node.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    node.put("processors", Runtime.getRuntime().availableProcessors());
    GitCommit.VALUE.ifPresent(commit -> node.put("git_commit", commit));
    return node;
  }

  /** {@code git rev-parse HEAD} in the working directory, asked once; empty without git. */
  private static final class GitCommit {
    static final Optional<String> VALUE = read();

    private static Optional<String> read() {
      try {
        Process process =
            new ProcessBuilder("git", "rev-parse", "HEAD")
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readNBytes(200);
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          return Optional.empty();
        }
        String text = new String(output, StandardCharsets.UTF_8).trim();
        return process.exitValue() == 0 && text.matches("[0-9a-f]{40}")
            ? Optional.of(text)
            : Optional.empty();
      } catch (IOException e) {
        return Optional.empty();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
  }
}
