package org.mine4j.bench.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.mine4j.bench.results.Json;

/**
 * With {@code --json}, a failure is also one JSON object on stdout, so that a script that parses
 * the output never gets an empty line: {@code {"error":{"code":"INVALID_DATA","message":"…",
 * "exit_code":2}}}. The same message still goes to stderr as text.
 */
final class JsonErrors {
  private JsonErrors() {}

  static void print(PrintWriter out, String code, String message, int exitCode) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ObjectNode error = root.putObject("error");
    error.put("code", code);
    error.put("message", message);
    error.put("exit_code", exitCode);
    out.println(Json.compact(root));
    out.flush();
  }
}
