package org.mine4j.datasets.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Flat properties in a fixed order, so provenance prints the same way on every run. */
public final class OrderedProperties {
  private OrderedProperties() {}

  /** An unmodifiable map of the given name, value pairs, in that order. */
  public static Map<String, String> of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values come in pairs");
    }
    Map<String, String> properties = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      properties.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(properties);
  }
}
