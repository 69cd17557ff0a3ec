package org.mine4j.bench;

import java.util.Locale;

/**
 * The message for an {@link OutOfMemoryError}: how much heap this JVM had and what to do (give it
 * more with {@code MINE4J_JAVA_OPTS=-Xmx…}, or ask for less: fewer rows, a smaller critic or
 * batch). The CLI exits 1 with it; a sweep records it as the run's failure and goes on.
 */
public final class OutOfMemory {
  private OutOfMemory() {}

  /** One sentence naming the heap limit and the fixes. */
  public static String message() {
    double gigabytes = Runtime.getRuntime().maxMemory() / (1024.0 * 1024 * 1024);
    return String.format(
        Locale.ROOT,
        "ran out of memory (this JVM may use %.1f GiB of heap); give Java more, e.g."
            + " MINE4J_JAVA_OPTS=-Xmx%dg ./mine4j ..., or use fewer rows, a smaller critic"
            + " (-o hidden=...) or a smaller batch",
        gigabytes,
        Math.max(2, (int) Math.ceil(gigabytes * 2)));
  }
}
