package org.mine4j.api.options;

import static java.util.Objects.requireNonNull;

/**
 * One option a factory accepts: its kebab-case name, default value (as text) and one-line
 * description.
 *
 * @param name e.g. {@code ema-decay}
 * @param defaultValue e.g. {@code 0.01}
 * @param description e.g. {@code moving-average rate alpha of the corrected gradient}
 */
public record OptionSpec(String name, String defaultValue, String description) {
  public OptionSpec {
    requireNonNull(name, "name is null");
    requireNonNull(defaultValue, "defaultValue is null");
    requireNonNull(description, "description is null");
    if (!name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException(
          "option names are lowercase kebab-case, found '" + name + "'");
    }
  }
}
