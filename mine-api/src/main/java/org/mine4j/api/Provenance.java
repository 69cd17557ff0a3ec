package org.mine4j.api;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a result came from: estimator and its options, dataset and its options and true MI,
 * network, seed, versions, Java, OS, git commit. An ordered, immutable map of flat string entries,
 * in the spirit of Tribuo's provenance.
 */
public record Provenance(Map<String, String> entries) {
  public Provenance {
    requireNonNull(entries, "entries is null");
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  /** No entries. */
  public static Provenance empty() {
    return new Provenance(Map.of());
  }

  /** A copy with one more (or a replaced) entry. */
  public Provenance with(String key, String value) {
    Map<String, String> copy = new LinkedHashMap<>(entries);
    copy.put(requireNonNull(key, "key is null"), String.valueOf(value));
    return new Provenance(copy);
  }

  /**
   * A copy with all entries of {@code more} added under {@code prefix + key}, in the order of their
   * keys: whatever the map's own iteration order (an immutable {@code Map.copyOf} changes it from
   * one JVM to the next), the same entries give the same provenance, byte for byte.
   */
  public Provenance withAll(String prefix, Map<String, String> more) {
    Map<String, String> copy = new LinkedHashMap<>(entries);
    new TreeMap<>(more).forEach((k, v) -> copy.put(prefix + k, v));
    return new Provenance(copy);
  }
}
