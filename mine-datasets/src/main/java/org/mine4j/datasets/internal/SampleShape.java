package org.mine4j.datasets.internal;

import static java.util.Objects.requireNonNull;

import org.mine4j.api.data.Samples;

/** The dimension check every exact log density ratio makes before reading a row. */
public final class SampleShape {
  private SampleShape() {}

  /**
   * Checks that {@code samples} have {@code dimX} and {@code dimY} columns.
   *
   * @throws IllegalArgumentException naming both shapes otherwise
   */
  public static void require(Samples samples, int dimX, int dimY, String dataset) {
    requireNonNull(samples, "samples is null");
    if (samples.dimX() != dimX || samples.dimY() != dimY) {
      throw new IllegalArgumentException(
          "samples have dimX="
              + samples.dimX()
              + ", dimY="
              + samples.dimY()
              + " but dataset '"
              + dataset
              + "' has dimX="
              + dimX
              + ", dimY="
              + dimY
              + "; evaluate the ratio on this dataset's own samples");
    }
  }
}
