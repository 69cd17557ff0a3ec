package org.mine4j.datasets.gaussian;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes {@code dim-x}, {@code dim-y} and one more property, in that order. */
final class GaussianProperties {
  private GaussianProperties() {}

  static Map<String, String> of(int dimX, int dimY, String name, String value) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("dim-x", Integer.toString(dimX));
    properties.put("dim-y", Integer.toString(dimY));
    properties.put(name, value);
    return Collections.unmodifiableMap(properties);
  }
}
