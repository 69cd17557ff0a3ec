package org.mine4j.bench.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  /** mine4j version, Java, OS and processor count. */
  public static ObjectNode environment() {
    ObjectNode node = MAPPER.createObjectNode();
    String version = Json.class.getPackage().getImplementationVersion();
    node.put("mine4j", version == null ? "development" : version);
    node.put("java", System.getProperty("java.version"));
    node.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    node.put("processors", Runtime.getRuntime().availableProcessors());
    return node;
  }
}
